import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { currentRoute, renderRoute } from '@/testing/render'

// The first test pays for loading the lazy screen.
vi.setConfig({ testTimeout: 20_000 })
const LAZY = { timeout: 10_000 }

describe('Targets screen', () => {
  it('draws 2022 growth and 2023 target for all seven indicators', async () => {
    const { container } = renderRoute('/targets')
    const figure = await screen.findByRole('figure', { name: '2022年增长与2023年目标' }, LAZY)
    await within(figure).findByText('地区生产总值')
    const chart = container.querySelector('[data-chart="targets-growth"]') as HTMLElement
    // Drawn in its table's place once its code is here (src/components/charts/lazy-chart.tsx).
    await waitFor(() => expect(chart.querySelectorAll('[data-bar="growth"]')).toHaveLength(7))
    expect(chart.querySelectorAll('[data-bar="target"]')).toHaveLength(7)
    for (const label of ['5.0%', '3.3%', '0.4%', '13.0%', '5.8%', '12.0%', '10.0%'])
      expect(within(chart).getAllByText(label).length).toBeGreaterThan(0)
    expect(within(figure).getByText('来源：朝阳县2023年政府工作报告')).toBeInTheDocument()
  })

  it('shows implied levels for exactly the four nominal series, marked derived, and says why not for the rest', async () => {
    renderRoute('/targets')
    const table = await screen.findByRole('table', { name: '指标、目标与推算水平' }, LAZY)
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').at(-1) as HTMLElement)
    expect(cells.filter((c) => c.dataset.implied === 'yes')).toHaveLength(4)
    // Industrial output value grows at comparable prices: no 67.76亿元.
    const outputRow = within(table)
      .getByRole('rowheader', { name: '规上工业总产值' })
      .closest('tr') as HTMLElement
    expect(within(outputRow).getByText('不推算')).toBeInTheDocument()
    expect(within(table).queryByText('67.76亿元')).not.toBeInTheDocument()
    const gdpRow = within(table).getByRole('rowheader', { name: '地区生产总值' }).closest('tr') as HTMLElement
    expect(within(gdpRow).getByText('113.6亿元')).toBeInTheDocument()
    expect(within(gdpRow).getByText('不推算')).toBeInTheDocument()
    const faiRow = within(table).getByRole('rowheader', { name: '固定资产投资' }).closest('tr') as HTMLElement
    expect(within(faiRow).getByText('60.48亿元')).toBeInTheDocument()
    expect(within(faiRow).getByText('+8.7个百分点')).toBeInTheDocument()
    expect(within(faiRow).getAllByText('推算')).toHaveLength(2)
    // The note names every comparable-price series from the data, not a fixed two.
    expect(screen.getByText(/地区生产总值、规上工业总产值、规上工业增加值的增速为可比价/)).toHaveTextContent(
      '不能与现价总量相乘得到2023年水平',
    )
  })

  it('shows the quantity target and the plan’s tasks, and says the text breaks off', async () => {
    renderRoute('/targets')
    expect(await screen.findByText('2,700户以上', {}, LAZY)).toBeInTheDocument()
    expect(screen.getByText('全力稳住市场主体')).toBeInTheDocument()
    expect(screen.getByText(/原文在第\(二\)项任务中句子未完处中断/)).toBeInTheDocument()
    expect(screen.getByText('加强项目对接,推进产业协作,集中精力打造')).toBeInTheDocument()
  })

  it('keeps the chart/table choice in the URL', async () => {
    const { user } = renderRoute('/targets')
    const figure = await screen.findByRole('figure', { name: '2022年增长与2023年目标' }, LAZY)
    await user.click(within(figure).getByRole('button', { name: '表格' }))
    expect(currentRoute()).toBe('/targets?view=table')
    expect(within(figure).getByRole('table')).toHaveTextContent('规上工业总产值13.0%12.0%')
  })

  it('sorts the table by the gap, biggest stretch first, and keeps the order in the URL', async () => {
    const { user } = renderRoute('/targets')
    const table = await screen.findByRole('table', { name: '指标、目标与推算水平' }, LAZY)
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent)
    expect(names()[0]).toBe('地区生产总值')
    await user.click(within(table).getByRole('button', { name: /目标较上年/ }))
    expect(currentRoute()).toBe('/targets?sort=gap&dir=desc')
    expect(names().slice(0, 3)).toEqual(['一般公共预算收入', '固定资产投资', '社会消费品零售总额'])
    expect(names().at(-1)).toBe('规上工业总产值')
    expect(within(table).getByRole('columnheader', { name: /目标较上年/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
    await user.click(within(table).getByRole('button', { name: /目标较上年/ }))
    expect(names()[0]).toBe('规上工业总产值')
    await user.click(within(table).getByRole('button', { name: /目标较上年/ }))
    expect(currentRoute()).toBe('/targets')
    expect(names()[0]).toBe('地区生产总值')
  })

  it('opens in table view from a link', async () => {
    renderRoute('/targets?view=table')
    const figure = await screen.findByRole('figure', { name: '2022年增长与2023年目标' }, LAZY)
    expect(within(figure).getByRole('table')).toBeInTheDocument()
    expect(within(figure).getByRole('button', { name: '图表' })).toBeInTheDocument()
  })

  it('ignores a bad ?view=, says so, and falls back to the chart', async () => {
    const { container } = renderRoute('/targets?view=bogus')
    expect(await screen.findByText(/view=bogus/, {}, LAZY)).toBeInTheDocument()
    const figure = await screen.findByRole('figure', { name: '2022年增长与2023年目标' }, LAZY)
    // The chart's table stands in until the drawing replaces it (in a transition).
    await waitFor(() => expect(within(figure).queryByRole('table')).not.toBeInTheDocument(), LAZY)
    expect(container.querySelector('[data-chart="targets-growth"] svg.chart-surface')).toBeInTheDocument()
  })
})
