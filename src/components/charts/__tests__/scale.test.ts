import { describe, expect, it } from 'vitest'
import { bands, barSlots, categoryKeys, linear, roundStep, valueAxis } from '../scale'

describe('roundStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.3, 1, 1.2, 2.2, 3.25, 7, 14.4, 0.07].map(roundStep)).toEqual([0.5, 1, 2, 2.5, 5, 10, 20, 0.1])
  })
})

describe('valueAxis', () => {
  it('encloses the values in round ticks, wasting as little of the axis as it can', () => {
    // The Projects chart's 57.5亿元: 0–60, not 0–100.
    expect(valueAxis(0, 57.5)).toEqual({ lo: 0, hi: 60, ticks: [0, 20, 40, 60] })
    expect(valueAxis(0, 13).ticks).toEqual([0, 5, 10, 15])
    expect(valueAxis(0, 0.36).ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4])
  })

  it('reaches below zero for a fall, and gives a flat series of zeros an axis', () => {
    expect(valueAxis(-12.4, 8)).toEqual({ lo: -15, hi: 10, ticks: [-15, -10, -5, 0, 5, 10] })
    expect(valueAxis(0, 0)).toEqual({ lo: 0, hi: 1, ticks: [0, 0.25, 0.5, 0.75, 1] })
    expect(valueAxis(-3, -3).hi).toBe(0)
  })

  it('keeps counts whole', () => {
    expect(valueAxis(0, 1, { integers: true }).ticks).toEqual([0, 1])
    expect(valueAxis(0, 4, { integers: true }).ticks).toEqual([0, 1, 2, 3, 4])
    // The deck's 11 projects: steps of 5, never 2.5 projects.
    expect(valueAxis(0, 11, { integers: true }).ticks).toEqual([0, 5, 10, 15])
  })

  it('takes fewer ticks when their labels would not fit, and the coarsest when none fit', () => {
    // Room for at most two intervals' labels.
    expect(valueAxis(0, 57.5, { fits: (t) => t.length <= 3 }).ticks).toEqual([0, 50, 100])
    // Room for two labels only (a narrow card): zero and a round end just past the value.
    expect(valueAxis(0, 57.5, { fits: (t) => t.length <= 2 }).ticks).toEqual([0, 60])
    expect(valueAxis(-4.3, 0, { fits: (t) => t.length <= 2 }).ticks).toEqual([-5, 0])
    expect(valueAxis(0, 57.5, { fits: () => false }).ticks).toEqual([0, 100])
    // A fall and a rise in a card too narrow for any labels: still a usable axis around zero.
    expect(valueAxis(-12.4, 8, { fits: () => false }).ticks).toEqual([-20, 0, 20])
  })

  it('gives non-finite input an axis of 0–1 instead of looping', () => {
    expect(valueAxis(0, Number.POSITIVE_INFINITY).ticks.at(-1)).toBe(1)
    expect(valueAxis(Number.NaN, Number.NaN)).toEqual({ lo: 0, hi: 1, ticks: [0, 0.25, 0.5, 0.75, 1] })
  })

  it('writes no float noise into a tick', () => {
    // 3 × 0.1 is 0.30000000000000004 in floating point.
    expect(valueAxis(0, 0.29).ticks).toEqual([0, 0.1, 0.2, 0.3])
  })
})

describe('linear, bands and barSlots', () => {
  it('maps an axis onto pixels, either way up', () => {
    const x = linear({ lo: -10, hi: 30 }, 100, 500)
    expect([x(-10), x(0), x(30)]).toEqual([100, 200, 500])
    const y = linear({ lo: 0, hi: 10 }, 300, 100)
    expect(y(5)).toBe(200)
  })

  it('cuts equal bands and places grouped bars inside one with a gap either side', () => {
    expect(bands(2, 0, 100)).toEqual([
      { start: 0, size: 50, center: 25 },
      { start: 50, size: 50, center: 75 },
    ])
    const { offsets, thickness } = barSlots(100, 2)
    expect(thickness).toBe(31)
    expect(offsets).toEqual([18, 51])
    // The last bar ends where the band's closing gap starts.
    expect((offsets[1] ?? 0) + thickness).toBe(82)
  })
})

describe('categoryKeys', () => {
  it('keeps every key apart, even from a name that looks like a numbered one', () => {
    expect(categoryKeys(['a', 'a', 'a#2', '其他'])).toEqual(['a', 'a#2', 'a#2#2', '其他'])
  })
})
