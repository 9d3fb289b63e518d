// Where a pop-up opens so that it stays inside the viewport: below its button, or above when there is
// more room there (flip), and moved sideways as far as needed (shift), never past a margin from the
// edge. Pure arithmetic on rectangles, so it is tested without a browser.
//
// Our own, not @floating-ui/react: its flip + shift + autoUpdate cost 8–9 kB gzip (measured with Vite,
// @floating-ui/react-dom 2.x and @floating-ui/react 0.27.20), and the pop-ups ship with the Overview's
// first paint, whose budget (100 kB) had 3.3 kB left. This does what the app needs in < 0.5 kB.

export type Box = { top: number; left: number; right: number; bottom: number }
export type Size = { width: number; height: number }
export type Placement = {
  top: number
  left: number
  side: 'below' | 'above'
  /** The most the pop-up may be tall on that side; it scrolls inside beyond this. */
  maxHeight: number
}

export const GAP = 4
export const MARGIN = 8

export function placePopover(anchor: Box, size: Size, viewport: Size): Placement {
  const below = viewport.height - anchor.bottom - GAP - MARGIN
  const above = anchor.top - GAP - MARGIN
  const side = size.height <= below || below >= above ? 'below' : 'above'
  const room = Math.max(0, side === 'below' ? below : above)
  const height = Math.min(size.height, room)
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height
  // Right edges aligned (the button sits at a card's right), then shifted inside the viewport.
  const widest = viewport.width - 2 * MARGIN
  const width = Math.min(size.width, widest)
  const left = Math.max(MARGIN, Math.min(anchor.right - width, viewport.width - MARGIN - width))
  return { top, left, side, maxHeight: room }
}
