import {
  type ComponentType,
  type ReactNode,
  type RefObject,
  startTransition,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'
import { loadCode } from '@/lib/code-load/load-code'
import { cx } from '@/lib/cx'
import { PanelError } from '../panel'
import { DataTable, useFrameTable } from './data-table'
import { useChartSize } from './sizes'

// A chart's drawing code never holds up a screen's first paint. A chart wrapper (./bar-chart.tsx,
// ./line-chart.tsx) draws its legend and, in the very box the chart will take, its frame's data table
// until the drawing code has arrived; then the chart replaces the table in place (no layout shift).
// The build-time prerender and the hydration of it render the stand-in too (the server snapshot
// below), so the HTML painted before any script is the same React takes over.
//
// A chart on a page is drawn when it comes near the screen, not before: a chart below the fold of a
// shared link (#/projects) would otherwise load its code and draw while the reader starts reading, or
// scrolling, the table above it. The chart replaces its
// stand-in in a transition, so a scroll or click is not held up by it. A slide's chart (and one in
// print) is drawn as soon as its code is there. A page printed before its charts were drawn prints
// their tables whole (src/styles.css), not a chart caught half measured.

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

/** How far below (and above) the screen a chart starts loading and drawing, px. */
const NEAR_PX = 120

/** True when `el`'s box is on the screen or within NEAR_PX of it. */
function nearScreen(el: Element): boolean {
  const box = el.getBoundingClientRect()
  return box.width > 0 && box.bottom > -NEAR_PX && box.top < innerHeight + NEAR_PX
}

/**
 * The drawing component once loaded and wanted, else null (then render the stand-in, with `near` on
 * its element); `failed` is what to show instead when its code could not be loaded (a reload is the
 * way out; the table view still works). The server snapshot has neither: the prerender and the
 * hydration of it show the stand-in.
 *
 * `standIn` says what becomes of the stand-in: 'shown' until the chart has measured its box (in the
 * frame it is drawn, before that frame is painted); then 'hidden' for one frame, still in the page
 * but left out (display: none), so the browser drops its boxes as it lays the chart out; then 'gone',
 * and React removes elements that have no box left. Removing a laid-out table from script costs per
 * box, and far more under a tracing profiler such as Lighthouse's (a JavaScript stack is taken for
 * each): a whole task on #/targets, whose chart is at the top. The chart takes the stand-in's room in
 * the frame it is drawn (no layout shift).
 */
export function useLazyChart<P>(loader: ChartLoader<P>): {
  Chart: ComponentType<P> | null
  failed: ReactNode
  near: RefObject<HTMLDivElement | null>
  standIn: 'shown' | 'hidden' | 'gone'
} {
  const { chart, error } = useSyncExternalStore(loader.subscribe, loader.state, () => NONE)
  // A page's chart waits for the screen; a slide's or a printed one does not.
  const eager = useChartSize() !== 'screen'
  const [wanted, setWanted] = useState(false)
  const near = useRef<HTMLDivElement | null>(null)
  useLayoutEffect(() => {
    if (eager) {
      if (!loader.state().chart) void loader.preload()
      return
    }
    if (wanted) return
    const el = near.current
    // Its code already here and its box on screen as it mounts (the chart view chosen again after the
    // table, a screen opened again): drawn before the first paint, so its table never flashes.
    if (el && loader.state().chart && nearScreen(el)) {
      setWanted(true)
      return
    }
    let done = false
    const swap = () => startTransition(() => setWanted(true))
    // Once its code is here (loaded now if need be), the chart takes its stand-in's place; not while
    // the reader is inside its table (tabbed into it), whose focus would go with it.
    const draw = () => {
      if (loader.state().chart || loader.state().error) swap()
      else void loader.preload().then(swap)
    }
    const left = (event: FocusEvent) => {
      if (el?.contains(event.relatedTarget as Node | null)) return
      el?.removeEventListener('focusout', left)
      draw()
    }
    const want = () => {
      if (done) return
      done = true
      observer?.disconnect()
      if (el?.contains(document.activeElement)) el.addEventListener('focusout', left)
      else draw()
    }
    const observer =
      el && typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), {
            rootMargin: `${NEAR_PX}px 0px`,
          })
        : null
    if (observer && el) observer.observe(el)
    else want() // nothing to watch (no stand-in in the page, or no observer): draw it
    return () => {
      observer?.disconnect()
      el?.removeEventListener('focusout', left)
    }
  }, [eager, wanted, loader])
  const failed = error ? (
    <PanelError
      error={error instanceof Error ? error : new Error(String(error))}
      reset={() => void loader.preload()}
    />
  ) : null
  const Chart = eager || wanted ? chart : null
  // A chart drawn from its first render (its code here, on a slide) never had a stand-in.
  const [gone, setGone] = useState(() => Chart !== null)
  // The stand-in is left out only once the chart has measured its box (its layout effect runs before
  // this one, a parent's), in the re-render that draws it, before the frame is painted: the box is
  // measured while the stand-in still has its boxes, so the layout that measurement forces does not
  // also drop them, from inside React's commit (a JavaScript stack taken per box under Lighthouse's
  // tracing: 32 ms on #/targets); the frame's own layout does, after the script.
  const [hiding, setHiding] = useState(gone)
  useLayoutEffect(() => {
    if (Chart && !hiding) setHiding(true)
  }, [Chart, hiding])
  useEffect(() => {
    if (!Chart || !hiding || gone) return
    // After the frame that drew the chart (and dropped the stand-in's boxes), in a task of its own.
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setGone(true), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [Chart, hiding, gone])
  return {
    Chart,
    failed: eager || wanted ? failed : null,
    near,
    // A slide's chart shares its column with the stand-in (both fill it): measured beside it, it would
    // be drawn at half height for a frame. It is measured alone, as the stand-in is left out at once.
    standIn: Chart === null || (!hiding && !eager) ? 'shown' : gone ? 'gone' : 'hidden',
  }
}

/**
 * A chart in its place: the drawn chart once there, before its stand-in while the stand-in stays
 * (`state`: useLazyChart's `standIn`), so neither is ever put anew where the other was.
 */
export function ChartSlot({
  chart,
  state,
  ...standIn
}: { chart: ReactNode; state: 'shown' | 'hidden' | 'gone' } & Omit<StandInProps, 'hidden'>) {
  return (
    <>
      {chart}
      {state !== 'gone' && <ChartStandIn {...standIn} hidden={state === 'hidden'} />}
    </>
  )
}

type StandInProps = {
  legend: ReactNode
  /** The element whose coming near the screen draws the chart (useLazyChart's `near`). */
  near?: RefObject<HTMLDivElement | null>
  /** The chart's height, px; undefined when it fills its container (a slide). */
  height: number | undefined
  fill?: boolean
  /** Left out: the chart is drawn, and this goes next (useLazyChart's `standIn`). */
  hidden?: boolean
}

/**
 * What stands in a chart's place until its code arrives: its legend, then its frame's table in a box
 * of the chart's height (scrolling inside it when longer), so the chart takes exactly this room.
 */
function ChartStandIn({ legend, height, fill, near, hidden }: StandInProps) {
  const table = useFrameTable()
  return (
    <div
      ref={near}
      className={fill ? 'flex min-h-0 flex-1 flex-col gap-1' : 'flex flex-col gap-1'}
      hidden={hidden}
      data-chart-standin
    >
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
