import { act, screen, waitFor, within } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '@/testing/render'
import { BarChart } from '../bar-chart'
import { ChartFrame } from '../chart-frame'
import { type ChartLoader, ChartSlot, lazyChart, useLazyChart } from '../lazy-chart'

// Until a chart's drawing code arrives, its frame's table stands in the chart's own box; then the chart
// takes that box. The build-time render and its hydration show the stand-in.

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

function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

type Drawn = (p: { height: number }) => React.ReactNode
type Code = { promise: Promise<Drawn>; resolve: (c: Drawn) => void; reject: (e: unknown) => void }

function Chart({ loader, height }: { loader: ChartLoader<{ height: number }>; height: number }) {
  const { Chart: Drawn, failed, near, standIn } = useLazyChart(loader)
  if (failed) return failed
  return (
    <ChartSlot
      chart={Drawn && <Drawn height={height} />}
      state={standIn}
      legend={<p>图例</p>}
      height={height}
      near={near}
    />
  )
}

function setup(size?: 'screen' | 'slide'): { code: Code; ui: React.ReactNode } {
  const code = deferred<Drawn>()
  const loader = lazyChart(() => code.promise)
  const ui = (
    <ChartFrame title="增长对比" summary="摘要" table={TABLE} name="growth" size={size}>
      <Chart loader={loader} height={240} />
    </ChartFrame>
  )
  return { code, ui }
}

describe('a chart before its code arrives', () => {
  it('shows its legend and its frame’s table in a box of the chart’s height, then the chart in it', async () => {
    const { code, ui } = setup()
    const { container } = renderWithProviders(ui)
    const figure = screen.getByRole('figure', { name: '增长对比' })
    expect(within(figure).getByText('图例')).toBeInTheDocument()
    const table = within(figure).getByRole('table', { name: '增长对比' })
    expect(within(table).getByRole('cell', { name: '3.3%' })).toBeInTheDocument()
    const box = table.closest('[data-chart-standin] > div') as HTMLElement
    expect(box.style.height).toBe('240px')

    await act(async () => code.resolve(({ height }) => <svg data-testid="drawn" height={height} />))
    expect(await screen.findByTestId('drawn')).toHaveAttribute('height', '240')
    expect(screen.queryByRole('table')).toBeNull()
    // The stand-in stays one frame after the chart, left out, then goes; the chart stays the same.
    const drawn = screen.getByTestId('drawn')
    const standIn = container.querySelector('[data-chart-standin]') as HTMLElement
    expect(standIn).toHaveAttribute('hidden')
    expect(drawn.compareDocumentPosition(standIn) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    await waitFor(() => expect(container.querySelector('[data-chart-standin]')).toBeNull())
    expect(screen.getByTestId('drawn')).toBe(drawn)
  })

  it('says in its own card when the code cannot be loaded, the page around it unharmed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { code, ui } = setup()
    renderWithProviders(
      <>
        <p>页面其余部分</p>
        {ui}
      </>,
    )
    await act(async () => code.reject(new TypeError('Failed to fetch dynamically imported module')))
    const figure = screen.getByRole('figure', { name: '增长对比' })
    expect(await within(figure).findByRole('alert')).toBeInTheDocument()
    expect(screen.getByText('页面其余部分')).toBeInTheDocument()
    warn.mockRestore()
    error.mockRestore()
  })

  it('is what a render without a browser writes, even when the code is already here', () => {
    // BarChart's code is loaded in the test setup: the server snapshot still shows the stand-in.
    const html = renderToString(
      <ChartFrame title="增长对比" summary="摘要" table={TABLE}>
        <BarChart
          data={[{ name: '甲', growth: 5 }]}
          index="name"
          categories={[{ key: 'growth', label: '2022年增长', color: 'c1' }]}
          valueFormatter={(v) => `${v}%`}
        />
      </ChartFrame>,
    )
    expect(html).toContain('data-chart-standin')
    // The box the bars will take: one row of 18 px bars, its 12 px gap and 44 px for the axis.
    expect(html).toContain('height:74px')
    expect(html).toContain('3.3%')
    expect(html).not.toContain('chart-surface')
  })
})

/** An IntersectionObserver the test moves: `show()` brings every watched element on screen. */
function fakeScreen() {
  const watched = new Set<{ cb: IntersectionObserverCallback; els: Element[] }>()
  const margins: string[] = []
  class Observer {
    entry: { cb: IntersectionObserverCallback; els: Element[] }
    constructor(cb: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      this.entry = { cb, els: [] }
      margins.push(options?.rootMargin ?? '')
      watched.add(this.entry)
    }
    observe(el: Element) {
      this.entry.els.push(el)
    }
    disconnect() {
      watched.delete(this.entry)
    }
  }
  vi.stubGlobal('IntersectionObserver', Observer)
  return {
    margins,
    watching: () => watched.size,
    show: () =>
      act(() => {
        for (const { cb, els } of [...watched])
          cb(
            els.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
            {} as IntersectionObserver,
          )
      }),
  }
}

describe('a chart on a page waits for the screen', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('keeps its table, and loads no code, until it comes near the screen; then it is drawn', async () => {
    const screenNow = fakeScreen()
    const code = deferred<Drawn>()
    let asked = 0
    const loader = lazyChart(() => {
      asked += 1
      return code.promise
    })
    renderWithProviders(
      <ChartFrame title="增长对比" summary="摘要" table={TABLE} name="growth">
        <Chart loader={loader} height={240} />
      </ChartFrame>,
    )
    expect(screen.getByRole('table', { name: '增长对比' })).toBeInTheDocument()
    expect(asked).toBe(0)
    expect(screenNow.margins[0]).toBe('120px 0px')

    await screenNow.show()
    expect(asked).toBe(1)
    expect(screen.getByRole('table', { name: '增长对比' })).toBeInTheDocument()
    await act(async () => code.resolve(({ height }) => <svg data-testid="drawn" height={height} />))
    expect(await screen.findByTestId('drawn')).toBeInTheDocument()
    expect(screen.queryByRole('table')).toBeNull()
    expect(screenNow.watching()).toBe(0)
  })

  it('is drawn before its first paint when its code is here and it opens on the screen', async () => {
    const screenNow = fakeScreen()
    const loader = lazyChart(async () => ({ height }: { height: number }) => (
      <svg data-testid="drawn" height={height} />
    ))
    await loader.preload()
    // jsdom lays nothing out: a box on the screen is a box with a size at the top.
    const rect = vi
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue({ top: 100, bottom: 340, width: 600, height: 240 } as DOMRect)
    renderWithProviders(
      <ChartFrame title="增长对比" summary="摘要" table={TABLE} name="growth">
        <Chart loader={loader} height={240} />
      </ChartFrame>,
    )
    expect(screen.getByTestId('drawn')).toBeInTheDocument()
    expect(screenNow.watching()).toBe(0)
    rect.mockRestore()
  })

  it('waits, when its table has the focus, until the reader leaves it', async () => {
    const screenNow = fakeScreen()
    const loader = lazyChart(async () => ({ height }: { height: number }) => (
      <svg data-testid="drawn" height={height} />
    ))
    await loader.preload()
    renderWithProviders(
      <>
        <ChartFrame title="增长对比" summary="摘要" table={TABLE} name="growth">
          <Chart loader={loader} height={240} />
        </ChartFrame>
        <button type="button">下一项</button>
      </>,
    )
    const box = screen
      .getByRole('table', { name: '增长对比' })
      .closest('[data-chart-standin] > div') as HTMLElement
    box.tabIndex = 0
    act(() => box.focus())
    await screenNow.show()
    expect(screen.queryByTestId('drawn')).toBeNull()
    act(() => screen.getByRole('button', { name: '下一项' }).focus())
    expect(await screen.findByTestId('drawn')).toBeInTheDocument()
  })

  it('on a slide is drawn at once, with no screen to wait for', async () => {
    const screenNow = fakeScreen()
    const { code, ui } = setup('slide')
    renderWithProviders(ui)
    expect(screenNow.watching()).toBe(0)
    await act(async () => code.resolve(({ height }) => <svg data-testid="drawn" height={height} />))
    expect(await screen.findByTestId('drawn')).toBeInTheDocument()
  })
})
