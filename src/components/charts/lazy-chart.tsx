import { type ComponentType, type ReactNode, useEffect, useSyncExternalStore } from 'react'
import { loadCode } from '@/lib/code-load/load-code'
import { cx } from '@/lib/cx'
import { PanelError } from '../panel'
import { DataTable, useFrameTable } from './data-table'

// Recharts (~100 kB gzip) never holds up a screen's first paint. A chart wrapper (./bar-chart.tsx,
// ./line-chart.tsx) draws its legend and, in the very box the chart will take, its frame's data table
// until the drawing code has arrived; then the chart replaces the table in place (no layout shift).
// The build-time prerender and the hydration of it render the stand-in too (the server snapshot
// below), so the HTML painted before any script is the same React takes over.

type State<P> = { chart: ComponentType<P> | null; error: unknown }

/** A chart's drawing code, loaded once for every chart of its kind. */
export type ChartLoader<P> = {
  preload: () => Promise<void>
  subscribe: (listener: () => void) => () => void
  state: () => State<P>
}

const NONE = { chart: null, error: null } as const

export function lazyChart<P>(load: () => Promise<ComponentType<P>>): ChartLoader<P> {
  // One object per outcome, so a failure re-renders the charts waiting for it, as an arrival does.
  let state: State<P> = NONE as State<P>
  let pending: Promise<void> | null = null
  const listeners = new Set<() => void>()
  const settle = (next: State<P>) => {
    state = next
    for (const l of listeners) l()
  }
  return {
    preload() {
      pending ??= loadCode(load).then(
        (chart) => settle({ chart, error: null }),
        (error: unknown) => {
          pending = null // a retry loads again
          settle({ chart: null, error })
        },
      )
      return pending
    },
    subscribe(l) {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    state: () => state,
  }
}

/**
 * The drawing component once loaded, else null (then render the stand-in); `failed` is what to show
 * instead when its code could not be loaded (a reload is the way out; the table view still works).
 * The server snapshot has neither: the prerender and the hydration of it show the stand-in.
 */
export function useLazyChart<P>(loader: ChartLoader<P>): {
  Chart: ComponentType<P> | null
  failed: ReactNode
} {
  const { chart, error } = useSyncExternalStore(loader.subscribe, loader.state, () => NONE)
  useEffect(() => {
    if (!loader.state().chart) void loader.preload()
  }, [loader])
  const failed = error ? (
    <PanelError
      error={error instanceof Error ? error : new Error(String(error))}
      reset={() => void loader.preload()}
    />
  ) : null
  return { Chart: chart, failed }
}

/**
 * What stands in a chart's place until its code arrives: its legend, then its frame's table in a box
 * of the chart's height (scrolling inside it when longer), so the chart takes exactly this room.
 */
export function ChartStandIn({
  legend,
  height,
  fill,
}: {
  legend: ReactNode
  /** The chart's height, px; undefined when it fills its container (a slide). */
  height: number | undefined
  fill?: boolean
}) {
  const table = useFrameTable()
  return (
    <div className={fill ? 'flex min-h-0 flex-1 flex-col gap-1' : 'flex flex-col gap-1'} data-chart-standin>
      {legend}
      <div
        className={cx('overflow-auto', fill && 'min-h-0 flex-1')}
        style={height === undefined ? undefined : { height }}
      >
        {table && <DataTable {...table} />}
      </div>
    </div>
  )
}
