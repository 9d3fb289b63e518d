import { describe, expect, it } from 'vitest'
import { GAP, MARGIN, placePopover } from '../place-popover'

const laptop = { width: 1366, height: 768 }
const box = (left: number, top: number, size = 24) => ({ left, top, right: left + size, bottom: top + size })
const panel = { width: 320, height: 220 }
const inside = (p: ReturnType<typeof placePopover>, size = panel, view = laptop) =>
  p.left >= MARGIN &&
  p.left + Math.min(size.width, view.width - 2 * MARGIN) <= view.width - MARGIN &&
  p.top >= MARGIN &&
  p.top + Math.min(size.height, p.maxHeight) <= view.height - MARGIN

describe('placePopover', () => {
  it('opens below the button, right edges aligned, when it fits', () => {
    const p = placePopover(box(600, 100), panel, laptop)
    expect(p).toEqual({ side: 'below', top: 124 + GAP, left: 624 - 320, maxHeight: 768 - 124 - GAP - MARGIN })
  })

  it('shifts right when the button is near the left edge (the Overview’s left column)', () => {
    const p = placePopover(box(30, 100), panel, laptop)
    expect(p.left).toBe(MARGIN)
    expect(inside(p)).toBe(true)
  })

  it('shifts left when the button is near the right edge', () => {
    const p = placePopover({ left: 1350, top: 100, right: 1374, bottom: 124 }, panel, laptop)
    expect(p.left + panel.width).toBe(1366 - MARGIN)
  })

  it('flips above when there is no room below', () => {
    const p = placePopover(box(600, 700), panel, laptop)
    expect(p.side).toBe('above')
    expect(p.top + panel.height).toBe(700 - GAP)
    expect(inside(p)).toBe(true)
  })

  it('takes the roomier side and scrolls inside when it fits on neither', () => {
    const tall = { width: 320, height: 900 }
    const low = placePopover(box(600, 500), tall, laptop)
    expect(low.side).toBe('above')
    expect(low.maxHeight).toBe(500 - GAP - MARGIN)
    expect(low.top).toBe(MARGIN)
    const high = placePopover(box(600, 200), tall, laptop)
    expect(high.side).toBe('below')
    expect(high.maxHeight).toBe(768 - 224 - GAP - MARGIN)
  })

  it('is never wider than the viewport allows', () => {
    const narrow = { width: 300, height: 600 }
    const p = placePopover(box(150, 100), panel, narrow)
    expect(p.left).toBe(MARGIN)
  })

  it('keeps every position on a grid of buttons inside the viewport, at 1366×768 and 1920×1080', () => {
    for (const view of [laptop, { width: 1920, height: 1080 }])
      for (let x = 0; x <= view.width - 24; x += 37)
        for (let y = 0; y <= view.height - 24; y += 29)
          expect(inside(placePopover(box(x, y), panel, view), panel, view), `${x},${y}`).toBe(true)
  })
})
