import { act, render, screen } from '@testing-library/react'
import { startTransition, useLayoutEffect, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { useTrailingValue } from '../trailing-value'

// What each commit put on the screen: "table/charts".
let commits: string[] = []
let setFilter: (v: string) => void = () => {}

function Screen() {
  const [filter, set] = useState('all')
  setFilter = set
  const trailing = useTrailingValue(filter)
  useLayoutEffect(() => {
    commits.push(`${filter}/${trailing}`)
  })
  return (
    <p>
      table {filter}, charts {trailing}
    </p>
  )
}

describe('useTrailingValue', () => {
  it('starts equal to the value: the first render (and a hydrated screen) has nothing to catch up', () => {
    commits = []
    render(<Screen />)
    expect(commits).toEqual(['all/all'])
  })

  it('commits the new value first and the trailing part in a later commit, after an urgent update', async () => {
    commits = []
    render(<Screen />)
    await act(async () => setFilter('energy'))
    expect(commits).toEqual(['all/all', 'energy/all', 'energy/energy'])
    expect(screen.getByText('table energy, charts energy')).toBeInTheDocument()
  })

  it('also splits an update that is itself a transition (useDeferredValue would commit both at once)', async () => {
    commits = []
    render(<Screen />)
    await act(async () => startTransition(() => setFilter('signed')))
    expect(commits).toEqual(['all/all', 'signed/all', 'signed/signed'])
    expect(screen.getByText('table signed, charts signed')).toBeInTheDocument()
  })

  it('never shows a value that was overtaken before it committed', async () => {
    commits = []
    render(<Screen />)
    await act(async () => {
      setFilter('a')
      setFilter('b')
    })
    expect(commits).toEqual(['all/all', 'b/all', 'b/b'])
  })
})
