import { screen, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/testing/render'
import { Panel } from '../panel'

let broken = true
function Flaky() {
  if (broken) throw new Error('chart exploded')
  return <p>chart drawn</p>
}

function Page() {
  const [n] = useState(0)
  return (
    <>
      <Panel id="a" title="图表A">
        <Flaky key={n} />
      </Panel>
      <Panel id="b" title="表格B">
        <p>table intact</p>
      </Panel>
    </>
  )
}

describe('Panel', () => {
  it('shows a failing child as a message inside its own card and keeps the rest of the page', async () => {
    broken = true
    const { user } = renderWithProviders(<Page />)
    const failed = screen.getByRole('region', { name: '图表A' })
    expect(within(failed).getByRole('alert')).toHaveTextContent('此面板出错')
    expect(within(failed).getByRole('alert')).toHaveTextContent('chart exploded')
    expect(screen.getByRole('region', { name: '表格B' })).toHaveTextContent('table intact')
    broken = false
    await user.click(within(failed).getByRole('button', { name: '重试' }))
    expect(within(failed).getByText('chart drawn')).toBeInTheDocument()
  })
})
