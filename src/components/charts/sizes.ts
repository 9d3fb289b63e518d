import { createContext, useContext, useSyncExternalStore } from 'react'

// How big a chart draws its text and bars, by where it is shown. A chart measures its own labels
// (./measure.ts) and sizes its axes from them, so no caller guesses pixel widths per language.
//   screen: a page on a laptop or office monitor;
//   slide:  the deck, in frame units (--u: 1% of a 16:9 frame fitted into the viewport), so a slide's
//           chart scales with the projector like the rest of the slide;
//   print:  paper, small and tight.
export type ChartSize = 'screen' | 'slide' | 'print'

export type ChartMetrics = {
  /** Axis ticks and bar value labels, px. */
  font: number
  /** Height of one group's row of a bar chart, px, per series in it. */
  bar: number
  /** Gap between category rows, px. */
  gap: number
  /** Room kept for the value axis and the top margin, px. */
  chrome: number
}

// The chart's size, set once by its ChartFrame and read by the chart drawn inside it.
export const ChartSizeContext = createContext<ChartSize>('screen')
export const useChartSize = () => useContext(ChartSizeContext)

function subscribe(cb: () => void) {
  addEventListener('resize', cb)
  return () => removeEventListener('resize', cb)
}
/** The deck's frame unit in px: the same min(1vh, 0.5625vw) its CSS uses. */
const frameUnit = () => Math.min(innerHeight / 100, innerWidth * 0.005625)

/**
 * A frame unit set by an enclosing box instead of the viewport (px): the presenter view draws slides
 * in small boxes, whose charts must scale with the box, not with the window.
 */
export const FrameUnitContext = createContext<number | null>(null)

/** The frame unit a render without a browser (and the hydration of it) assumes: 1080 / 100. */
const renderedUnit = () => 10.8

/**
 * The frame unit, px. `follow` false: not needed (a page's chart), so it is not read from the
 * viewport either, and a hydrated chart is not rendered again at once for a value it does not use.
 */
export function useFrameUnit(follow = true): number {
  const own = useContext(FrameUnitContext)
  const viewport = useSyncExternalStore(
    subscribe,
    follow && own === null ? frameUnit : renderedUnit,
    renderedUnit,
  )
  return own ?? viewport
}

export function metricsFor(size: ChartSize, u: number): ChartMetrics {
  switch (size) {
    case 'slide':
      // 2.2u ≈ 24 px at 1920×1080: readable from the back of a meeting room.
      return {
        font: Math.round(u * 2.2),
        bar: Math.round(u * 3),
        gap: Math.round(u * 1.4),
        chrome: Math.round(u * 6),
      }
    case 'print':
      return { font: 11, bar: 14, gap: 8, chrome: 36 }
    default:
      return { font: 12, bar: 18, gap: 12, chrome: 44 }
  }
}

/** The metrics of the chart being drawn (its frame's size; slides follow the viewport). */
export function useChartMetrics(): ChartMetrics {
  const size = useChartSize()
  const u = useFrameUnit(size === 'slide')
  return metricsFor(size, u)
}
