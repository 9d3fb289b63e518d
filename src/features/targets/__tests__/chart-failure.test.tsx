import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderRoute } from '@/testing/render'

// One chart that throws while rendering must not take the Targets page down with it.
vi.mock('@/components/charts/bar-chart', () => ({
  BarChart: () => {
    throw new Error('chart drawing failed')
  },
}))

describe('Targets with a failing chart', () => {
  it('shows the error in the chart card; the table and tasks stay', async () => {
    renderRoute('/targets')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('此面板出错')
    expect(alert).toHaveTextContent('chart drawing failed')
    const table = screen.getByRole('table', { name: '指标、目标与推算水平' })
    expect(within(table).getAllByRole('row')).toHaveLength(8) // the header and seven indicators
    expect(within(table).getByText('113.6亿元')).toBeInTheDocument()
    expect(screen.getByText(/切实做优项目服务/)).toBeInTheDocument()
  })
})
