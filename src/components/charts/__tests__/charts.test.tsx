import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { usePrefs } from '@/lib/prefs/store'
import { renderWithProviders } from '@/testing/render'
import { BarChart } from '../bar-chart'
import { ChartFrame } from '../chart-frame'
import { LineChart } from '../line-chart'

const DATA = [
  { name: '甲', growth: 5, target: 8 },
  { name: '乙', growth: 3.3, target: 12 },
]
const CATEGORIES = [
  { key: 'growth', label: '2022年增长', color: 'c1' as const },
  { key: 'target', label: '2023年目标', color: 'c2' as const, pattern: 'hatch' as const },
]
const pct = (v: number) => `${v.toFixed(1)}%`
/** One series, and two groups: the first fell (−12.4), the second rose (8). */
const GROWTH = [{ key: 'growth', label: '增长', color: 'c1' as const }]
const fallAndRise = (fell: string, rose: string) => [
  { name: fell, growth: -12.4 },
  { name: rose, growth: 8 },
]
const TABLE = {
  columns: [
    { key: 'name', label: '指标' },
    { key: 'growth', label: '2022年增长', numeric: true },
  ],
  rows: [
    { name: '甲', growth: '5.0%' },
    { name: '乙', growth: '3.3%' },
  ],
}

function frame(extra: Partial<React.ComponentProps<typeof ChartFrame>> = {}) {
  return (
    <ChartFrame
      title="增长对比"
      unit="%"
      source="朝阳县2023年政府工作报告"
      summary="两项指标的增长与目标"
      table={TABLE}
      name="growth"
      {...extra}
    >
      <svg data-testid="the-chart" />
    </ChartFrame>
  )
}

describe('ChartFrame exports', () => {
  it('draws the active filter and the caveat into the exported image, and names the file by the filter', async () => {
    const saved: { name: string; blob: Blob }[] = []
    let last: Blob | undefined
    URL.createObjectURL = vi.fn((b: Blob) => {
      last = b
      return 'blob:x'
    }) as typeof URL.createObjectURL
    URL.revokeObjectURL = vi.fn()
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      if (last) saved.push({ name: this.download, blob: last })
    })
    const { user } = renderWithProviders(
      frame({ filter: '阶段 = 投产达效', caveat: '48 个项目中只有 6 个列明投资额，其余未计入。' }),
    )
    const figure = screen.getByRole('figure', { name: '增长对比' })
    expect(within(figure).getByText('48 个项目中只有 6 个列明投资额，其余未计入。')).toBeInTheDocument()
    await user.click(within(figure).getByRole('button', { name: /^SVG/ }))
    await vi.waitFor(() => expect(saved).toHaveLength(1))
    click.mockRestore()
    expect(saved[0]?.name).toBe('增长对比 - 阶段 = 投产达效.svg')
    const svg = await saved[0]?.blob.text()
    expect(svg).toContain('筛选：阶段 = 投产达效')
    expect(svg).toContain('48 个项目中只有 6 个列明投资额')
  })

  it('writes the unit, the filter, the caveat and the source below the rows of the table’s CSV', async () => {
    const saved: Blob[] = []
    URL.createObjectURL = vi.fn((b: Blob) => {
      saved.push(b)
      return 'blob:x'
    }) as typeof URL.createObjectURL
    URL.revokeObjectURL = vi.fn()
    const names: string[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download)
    })
    const { user } = renderWithProviders(
      frame({ filter: '阶段 = 投产达效', caveat: '48 个项目中只有 6 个列明投资额，其余未计入。' }),
    )
    const figure = screen.getByRole('figure', { name: '增长对比' })
    await user.click(within(figure).getByRole('button', { name: /^CSV/ }))
    await vi.waitFor(() => expect(saved).toHaveLength(1))
    click.mockRestore()
    expect(names).toEqual(['增长对比 - 阶段 = 投产达效.csv'])
    const text = (await saved[0]?.text())?.replace(/^\uFEFF/, '')
    // The rows, an empty line, then what the image says around the chart: a reader of rows stops there.
    expect(text?.split('\r\n')).toEqual([
      '指标,2022年增长',
      '甲,5.0%',
      '乙,3.3%',
      '',
      '单位：%',
      '筛选：阶段 = 投产达效',
      '48 个项目中只有 6 个列明投资额，其余未计入。',
      '来源：朝阳县2023年政府工作报告',
      '',
    ])
  })
})

describe('ChartFrame', () => {
  it('shows title, unit, source and summary, and toggles between chart and an accessible table', async () => {
    const { user } = renderWithProviders(frame())
    const figure = screen.getByRole('figure', { name: '增长对比' })
    expect(within(figure).getByText('单位：%')).toBeInTheDocument()
    expect(within(figure).getByText('来源：朝阳县2023年政府工作报告')).toBeInTheDocument()
    expect(within(figure).getByText('两项指标的增长与目标')).toHaveClass('sr-only')
    expect(figure.querySelector('[data-chart="growth"]')).toContainElement(screen.getByTestId('the-chart'))
    expect(screen.queryByRole('table')).not.toBeInTheDocument()

    await user.click(within(figure).getByRole('button', { name: '表格' }))
    const table = screen.getByRole('table', { name: '增长对比' })
    expect(within(table).getByRole('rowheader', { name: '乙' })).toBeInTheDocument()
    expect(within(table).getByRole('cell', { name: '3.3%' })).toBeInTheDocument()
    expect(screen.queryByTestId('the-chart')).not.toBeInTheDocument()

    await user.click(within(figure).getByRole('button', { name: '图表' }))
    expect(screen.getByTestId('the-chart')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('can be controlled (view state owned by the URL) and keeps an actions slot', async () => {
    const onViewChange = vi.fn()
    const { user } = renderWithProviders(
      frame({ view: 'table', onViewChange, actions: <button type="button">CSV</button> }),
    )
    expect(screen.getByRole('table')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'CSV' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '图表' }))
    expect(onViewChange).toHaveBeenCalledWith('chart')
  })

  it('speaks English when the reader switches', () => {
    usePrefs.setState({ lang: 'en' })
    renderWithProviders(frame({ source: 'Chaoyang County Government Work Report 2023' }))
    expect(screen.getByText('Source: Chaoyang County Government Work Report 2023')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Table' })).toBeInTheDocument()
  })
})

describe('BarChart', () => {
  it('renders one bar per value with its label, and a legend that names each series', () => {
    const { container } = renderWithProviders(
      <BarChart data={DATA} index="name" categories={CATEGORIES} valueFormatter={pct} />,
    )
    expect(container.querySelectorAll('[data-bar="growth"]')).toHaveLength(2)
    expect(container.querySelectorAll('[data-bar="target"]')).toHaveLength(2)
    for (const label of ['5.0%', '8.0%', '3.3%', '12.0%'])
      expect(
        within(container.querySelector('svg.chart-surface') as HTMLElement).getAllByText(label).length,
      ).toBeGreaterThan(0)
    const legend = screen.getByRole('list', { name: '图例' })
    expect(within(legend).getByText('2022年增长')).toBeInTheDocument()
    expect(within(legend).getByText('2023年目标')).toBeInTheDocument()
    // The second series is patterned, not just another colour.
    expect(container.querySelector('[data-bar="target"]')?.getAttribute('fill')).toMatch(/^url\(#/)
    expect(container.querySelector('pattern')).toBeInTheDocument()
  })

  it('draws a reference value as a line the value axis reaches, named in the legend', () => {
    // Both bars end below 40%; time elapsed is 50%: the axis must reach the line, not stop short of it.
    const { container } = renderWithProviders(
      <BarChart
        data={[
          { name: '甲', completion: 31.5 },
          { name: '乙', completion: 38 },
        ]}
        index="name"
        categories={[{ key: 'completion', label: '完成率', color: 'c1' }]}
        valueFormatter={pct}
        reference={{ value: 50, label: '时序进度 50.0%' }}
      />,
    )
    expect(within(screen.getByRole('list', { name: '图例' })).getByText('时序进度 50.0%')).toBeInTheDocument()
    const line = container.querySelector('[data-reference="时序进度 50.0%"]')
    expect(line).toBeInTheDocument()
    // Inside the plot, and beyond the longest bar (38%): the axis was extended to reach 50%.
    const axis = container.querySelector('[data-axis="value"] > line')
    const at = Number(line?.getAttribute('x1'))
    expect(at).toBeGreaterThan(Number(axis?.getAttribute('x1')))
    expect(at).toBeLessThanOrEqual(Number(axis?.getAttribute('x2')))
    const ends = [...container.querySelectorAll('[data-bar="completion"]')].map(
      (bar) => Number(bar.getAttribute('x')) + Number(bar.getAttribute('width')),
    )
    expect(ends).toHaveLength(2)
    expect(at).toBeGreaterThan(Math.max(...ends))
  })

  it('reports which group and series was clicked, and dims the others when one is active', async () => {
    const onBarClick = vi.fn()
    const { container, user } = renderWithProviders(
      <BarChart
        data={DATA}
        index="name"
        categories={CATEGORIES}
        valueFormatter={pct}
        onBarClick={onBarClick}
        activeKey="乙"
      />,
    )
    const bars = container.querySelectorAll('[data-bar="growth"]')
    await user.click(bars[1] as Element)
    expect(onBarClick).toHaveBeenCalledWith(DATA[1], 'growth')
    expect(bars[0]?.getAttribute('fill-opacity')).toBe('0.35')
    expect(bars[1]?.getAttribute('fill-opacity')).toBe('1')
  })
})

describe('BarChart selection', () => {
  it('outlines several active groups and offers every bar click to the keyboard as a toggle button', async () => {
    const onBarClick = vi.fn()
    const { container, user } = renderWithProviders(
      <BarChart
        data={DATA}
        index="name"
        categories={[CATEGORIES[0] as (typeof CATEGORIES)[number]]}
        valueFormatter={pct}
        onBarClick={onBarClick}
        selectLabel="按指标筛选"
        activeKeys={['乙']}
      />,
    )
    const chosen = [...container.querySelectorAll('[data-selected="true"]')].map((el) =>
      el.getAttribute('data-group'),
    )
    expect(chosen).toEqual(['乙'])
    expect(container.querySelector('[data-group="乙"]')?.getAttribute('stroke')).toBe('var(--fg)')
    const choices = screen.getByRole('group', { name: '按指标筛选' })
    expect(within(choices).getByRole('button', { name: '甲：5.0%' })).toHaveAttribute('aria-pressed', 'false')
    expect(within(choices).getByRole('button', { name: '乙：3.3%' })).toHaveAttribute('aria-pressed', 'true')
    within(choices).getByRole('button', { name: '甲：5.0%' }).focus()
    await user.keyboard('{Enter}')
    expect(onBarClick).toHaveBeenCalledWith(DATA[0], 'growth')
  })

  it('offers no buttons when bars are not clickable', () => {
    renderWithProviders(<BarChart data={DATA} index="name" categories={CATEGORIES} valueFormatter={pct} />)
    expect(screen.queryByRole('group')).not.toBeInTheDocument()
  })
})

describe('BarChart drawing', () => {
  it('grows a fall leftwards from the zero line and keeps its label clear of the group names', () => {
    const { container } = renderWithProviders(
      <BarChart data={fallAndRise('甲', '乙')} index="name" categories={GROWTH} valueFormatter={pct} />,
    )
    const svg = container.querySelector('svg.chart-surface') as SVGSVGElement
    // The axis reaches −15%: round ticks that enclose the fall.
    const ticks = [...svg.querySelectorAll('[data-axis="value"] text')].map((t) => t.textContent)
    expect(ticks[0]).toBe('-15.0%')
    expect(ticks).toContain('0.0%')
    const [fall, rise] = [...svg.querySelectorAll('[data-bar="growth"]')]
    const zero = Number(rise?.getAttribute('x'))
    // The fall ends at zero; the rise starts there.
    expect(Number(fall?.getAttribute('x')) + Number(fall?.getAttribute('width'))).toBeCloseTo(zero)
    const labels = [...svg.querySelectorAll('[data-label="growth"]')]
    expect(labels.map((l) => l.textContent)).toEqual(['-12.4%', '8.0%'])
    expect(Number(labels[0]?.getAttribute('x'))).toBeGreaterThan(zero)
  })

  it('draws no bar for a 0 but keeps its label, and a clickable tiny value stays a target', () => {
    const { container } = renderWithProviders(
      <BarChart
        data={[
          { name: '能源', amount: 575, label: '575亿元' },
          { name: '新材料', amount: 0, label: '未列明金额' },
          { name: '矿业', amount: 0.1, label: '0.1亿元' },
        ]}
        index="name"
        categories={[{ key: 'amount', label: '投资额', color: 'c1', labelKey: 'label' }]}
        valueFormatter={(v) => `${v}亿元`}
        onBarClick={() => {}}
      />,
    )
    expect(container.querySelector('[data-group="新材料"]')).not.toBeInTheDocument()
    expect(
      within(container.querySelector('svg.chart-surface') as HTMLElement).getByText('未列明金额'),
    ).toBeInTheDocument()
    expect(
      Number(container.querySelector('[data-group="矿业"]')?.getAttribute('width')),
    ).toBeGreaterThanOrEqual(3)
  })
})

describe('BarChart in a narrow box', () => {
  it('shows its table when the box leaves no room for the bars, and draws once it widens', () => {
    let report: ((width: number) => void) | undefined
    const Wide = globalThis.ResizeObserver
    // A box 150 px wide (a phone-width card), widened later.
    globalThis.ResizeObserver = class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(target: Element) {
        report = (width) =>
          this.callback(
            [{ target, contentRect: { width, height: 300 } } as unknown as ResizeObserverEntry],
            this as unknown as ResizeObserver,
          )
        report(150)
      }
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver
    try {
      const { container } = renderWithProviders(
        <ChartFrame title="增长对比" summary="两项指标的增长" table={TABLE}>
          <BarChart
            data={fallAndRise('规模以上工业增加值', '社会消费品零售总额')}
            index="name"
            categories={GROWTH}
            valueFormatter={pct}
          />
        </ChartFrame>,
      )
      const table = screen.getByRole('table', { name: '增长对比' })
      expect(within(table).getByRole('cell', { name: '3.3%' })).toBeInTheDocument()
      expect(container.querySelector('svg.chart-surface')).not.toBeInTheDocument()
      act(() => report?.(640))
      expect(screen.queryByRole('table')).not.toBeInTheDocument()
      expect(container.querySelectorAll('[data-bar="growth"]')).toHaveLength(2)
    } finally {
      globalThis.ResizeObserver = Wide
    }
  })

  it('ignores a reference with no value instead of drawing it at NaN', async () => {
    const { container } = renderWithProviders(
      <BarChart
        data={DATA}
        index="name"
        categories={CATEGORIES}
        valueFormatter={pct}
        reference={{ value: Number.NaN, label: '时序进度' }}
      />,
    )
    await waitFor(() => expect(container.querySelector('[data-chart-standin]')).toBeNull()) // drawn
    expect(container.querySelector('[data-reference]')).not.toBeInTheDocument()
    expect(screen.queryByText('时序进度')).not.toBeInTheDocument()
    expect(container.innerHTML).not.toContain('NaN')
    expect(container.querySelectorAll('[data-bar]')).toHaveLength(4)
  })
})

describe('LineChart', () => {
  const MONTHS = [
    { name: '1–3月', actual: 4.2, elapsed: 25 },
    { name: '1–6月', actual: undefined, elapsed: 50 },
    { name: '1–9月', actual: 6.1, elapsed: 75 },
  ]

  it('labels every measured point, bridges a month with no figure, and reaches its reference lines', () => {
    const { container } = renderWithProviders(
      <LineChart
        data={MONTHS}
        index="name"
        series={[{ key: 'actual', label: '累计增速', color: 'c1' }]}
        references={[{ value: 8, label: '全年目标 8%', color: 'fg', stroke: 'dashed' }]}
        valueFormatter={pct}
      />,
    )
    const svg = container.querySelector('svg.chart-surface') as SVGSVGElement
    const points = [...svg.querySelectorAll('[data-point="actual"]')]
    expect(points).toHaveLength(2)
    expect([...svg.querySelectorAll('[data-label="actual"]')].map((l) => l.textContent)).toEqual([
      '4.2%',
      '6.1%',
    ])
    // One line from the first point to the third: the missing 1–6月 is bridged, not dropped to 0.
    const d = svg.querySelector('[data-series="actual"] path')?.getAttribute('d')
    expect(d?.match(/[ML]/g)).toEqual(['M', 'L'])
    for (const name of ['1–3月', '1–6月', '1–9月'])
      expect(within(svg as unknown as HTMLElement).getByText(name)).toBeInTheDocument()
    expect(within(screen.getByRole('list', { name: '图例' })).getByText('全年目标 8%')).toBeInTheDocument()
    // The target (8%) is above both points and inside the plot (below its top tick).
    const target = Number(svg.querySelector('[data-reference="全年目标 8%"]')?.getAttribute('y1'))
    const top = Math.min(
      ...[...svg.querySelectorAll('[data-axis="value"] text')].map((t) => Number(t.getAttribute('y'))),
    )
    expect(target).toBeGreaterThanOrEqual(top)
    for (const p of points) expect(target).toBeLessThan(Number(p.getAttribute('cy')))
  })
})

function Boom(): never {
  throw new Error('boom')
}

describe('ChartFrame resilience', () => {
  it('shows a note and keeps a failing chart inside its own card', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    renderWithProviders(
      <ChartFrame title="增长对比" summary="摘要" table={TABLE} note="点击柱形筛选">
        <Boom />
      </ChartFrame>,
    )
    const figure = screen.getByRole('figure', { name: '增长对比' })
    expect(within(figure).getByRole('alert')).toHaveTextContent('boom')
    expect(within(figure).getByText('点击柱形筛选')).toBeInTheDocument()
    warn.mockRestore()
    error.mockRestore()
  })
})
