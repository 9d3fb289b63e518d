import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SEVERITY } from '@/lib/status/rules'
import type { ActualValue } from '@/lib/store'
import { reportJson } from '@/testing/fixtures'
import { monitorBoard, valuesOf } from '../board'
import { exampleActuals } from '../example-data'

const report = reportJson('chaoyang-2023', 'public')
let n = 0
const v = (indicatorId: string, month: number, f: Partial<ActualValue> = {}, year = 2023): ActualValue => ({
  changeId: `chg-${n++}`,
  reportId: report.id,
  indicatorId,
  period: { year, month },
  source: { kind: 'import', file: 'a.csv', row: n, at: '2023-07-10T02:00:00.000Z' },
  ...f,
})

describe('the monitoring board', () => {
  const values = [
    v('gdp', 3, { growth: 5.2, value: 28.5, unit: '亿元' }),
    v('gdp', 6, { growth: 8.1, value: 60.1, unit: '亿元' }), // target 8: on track
    v('retail-sales', 6, { growth: 9.3 }), // target 10: within 1 point
    v('fixed-asset-investment', 6, { growth: 4 }), // target 12: 8 points behind
    v('budget-revenue', 5, { growth: 7.5 }), // target 10: 2.5 behind
    v('budget-revenue', 7, { value: 5.1, unit: '亿元' }), // a level without growth: not judged
    v('market-entities-target-2023', 6, { value: 1200, unit: '户' }), // 44.4% vs 50%: within 10
    v('gdp', 12, { growth: 4.5 }, 2022), // last year: not this year's light
  ]
  const board = monitorBoard({ report, values, layer: 'real' })
  const row = (id: string) => board.rows.find((r) => r.target.id === id)

  it('judges each target by its latest figure of the plan year', () => {
    expect(board.year).toBe(2023)
    expect(row('gdp')).toMatchObject({
      status: { light: 'green', gap: 0.1 },
      latest: { period: { month: 6 } },
    })
    expect(row('retail-sales')?.status.light).toBe('yellow')
    expect(row('fixed-asset-investment')?.status).toMatchObject({ light: 'red', gap: -8 })
    expect(row('budget-revenue')?.latest?.period.month).toBe(5)
    expect(row('rural-income')?.status).toMatchObject({ light: null, reason: 'no-actual' })
  })

  it('judges an amount target by progress against the time elapsed, 户 being the 户 of 户主体', () => {
    const market = row('market-entities-target-2023')
    expect(market?.status).toMatchObject({ light: 'yellow', rule: 'progress-vs-time' })
    expect(market?.progress?.elapsed).toBe(50)
    expect(market?.progress?.percent).toBeCloseTo(44.44, 2)
    expect(market?.trend.map((p) => Math.round(p.value))).toEqual([44])
  })

  it('keeps the trend of cumulative growth by month', () => {
    expect(row('gdp')?.trend).toEqual([
      { month: 3, value: 5.2 },
      { month: 6, value: 8.1 },
    ])
  })

  it('lists what is behind, worst first, and counts the lights', () => {
    expect(board.behind.map((r) => r.target.id)).toEqual([
      'fixed-asset-investment',
      'budget-revenue',
      'market-entities-target-2023',
      'retail-sales',
    ])
    expect(board.counts).toEqual({ green: 1, yellow: 2, red: 2, none: 3 })
    expect(board.asOf).toEqual({ year: 2023, month: 7 })
    expect(board.years).toEqual([2023, 2022])
  })

  it('applies the user’s thresholds', () => {
    const strict = monitorBoard({
      report,
      values,
      layer: 'real',
      thresholds: { growthTolerance: 0.5, progressTolerance: 5 },
    })
    expect(strict.rows.find((r) => r.target.id === 'retail-sales')?.status.light).toBe('red')
    expect(strict.rows.find((r) => r.target.id === 'market-entities-target-2023')?.status.light).toBe('red')
  })

  it('has no data and no lights for an empty layer', () => {
    const empty = monitorBoard({ report, values: [], layer: 'example' })
    expect(empty).toMatchObject({ hasData: false, asOf: null, behind: [], years: [] })
    expect(empty.counts.none).toBe(8)
  })

  it('lists one target’s figures, newest first', () => {
    expect(valuesOf(values, 'gdp').map((x) => `${x.period.year}-${x.period.month}`)).toEqual([
      '2023-6',
      '2023-3',
      '2022-12',
    ])
  })
})

describe('board properties', () => {
  const ids = report.indicators.map((i) => i.id)
  const figure = fc.record({
    id: fc.constantFrom(...ids),
    month: fc.integer({ min: 1, max: 12 }),
    growth: fc.double({ min: -30, max: 40, noNaN: true }),
  })
  const thresholds = fc.record({
    growthTolerance: fc.double({ min: 0, max: 20, noNaN: true }),
    progressTolerance: fc.double({ min: 0, max: 50, noNaN: true }),
  })

  it('counts every target once, and the red list is exactly what is yellow or red', () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 40 }), thresholds, (figs, t) => {
        const b = monitorBoard({
          report,
          values: figs.map((f) => v(f.id, f.month, { growth: f.growth })),
          layer: 'real',
          thresholds: t,
        })
        const total = b.counts.green + b.counts.yellow + b.counts.red + b.counts.none
        expect(total).toBe(b.rows.length)
        expect(b.behind.length).toBe(b.counts.yellow + b.counts.red)
        for (let i = 1; i < b.behind.length; i++) {
          const [a, c] = [b.behind[i - 1], b.behind[i]]
          if (!a || !c) continue
          expect(SEVERITY[a.status.light]).toBeGreaterThanOrEqual(SEVERITY[c.status.light])
        }
      }),
    )
  })

  it('a higher cumulative growth never gets a worse light', () => {
    fc.assert(
      fc.property(figure, fc.double({ min: 0, max: 10, noNaN: true }), thresholds, (f, more, t) => {
        const light = (growth: number) =>
          monitorBoard({
            report,
            values: [v(f.id, f.month, { growth })],
            layer: 'real',
            thresholds: t,
          }).rows.find((r) => r.target.id === f.id)?.status.light ?? 'green'
        expect(SEVERITY[light(f.growth + more)]).toBeLessThanOrEqual(SEVERITY[light(f.growth)])
      }),
    )
  })

  it('only the latest month of the plan year decides the light', () => {
    fc.assert(
      fc.property(fc.array(figure, { minLength: 1, maxLength: 30 }), (figs) => {
        const values = figs.map((f) => v(f.id, f.month, { growth: f.growth }))
        const b = monitorBoard({ report, values, layer: 'real' })
        for (const r of b.rows) {
          if (!r.latest) continue
          const months = values.filter((x) => x.indicatorId === r.target.id).map((x) => x.period.month)
          expect(r.latest.period.month).toBe(Math.max(...months))
        }
      }),
    )
  })
})

describe('example data', () => {
  const rows = exampleActuals(report)

  it('is the same every time, and covers 1–6月 of the plan year for every target', () => {
    expect(exampleActuals(report)).toEqual(rows)
    expect(new Set(rows.map((r) => r.indicatorId)).size).toBe(8)
    expect(rows.every((r) => r.period.year === 2023 && r.period.month <= 6)).toBe(true)
    // quarterly series only at the quarter's end
    expect(rows.filter((r) => r.indicatorId === 'gdp').map((r) => r.period.month)).toEqual([3, 6])
  })

  it('never gives a level to a real (comparable-price) growth series', () => {
    for (const id of ['gdp', 'industrial-value-added'])
      expect(rows.filter((r) => r.indicatorId === id).every((r) => r.value === undefined)).toBe(true)
  })

  it('shows every light under the default rules', () => {
    const values = rows.map((r) => v(r.indicatorId, r.period.month, r))
    const b = monitorBoard({ report, values, layer: 'example' })
    expect(b.counts.green).toBeGreaterThan(0)
    expect(b.counts.yellow).toBeGreaterThan(0)
    expect(b.counts.red).toBeGreaterThan(0)
    expect(b.counts.none).toBe(0)
  })
})
