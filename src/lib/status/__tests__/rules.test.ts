import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { growthStatus, progressStatus, projectStatus, SEVERITY, type StatusResult } from '../rules'
import { checkThresholds, DEFAULT_THRESHOLDS, resolveThresholds } from '../thresholds'

const light = (r: StatusResult) => r.light

describe('growth vs target', () => {
  it('is green at or above target, yellow within 1 百分点 below, red beyond (defaults)', () => {
    expect(light(growthStatus(8, 8))).toBe('green')
    expect(light(growthStatus(9.2, 8))).toBe('green')
    expect(light(growthStatus(7.5, 8))).toBe('yellow')
    expect(light(growthStatus(6.2, 7.2))).toBe('yellow') // exactly 1 point, despite float noise
    expect(light(growthStatus(6.9, 8))).toBe('red')
    expect(light(growthStatus(-3, 6))).toBe('red')
  })

  it('carries the rule, the tolerance, the compared numbers and the gap', () => {
    const r = growthStatus(5.5, 6.5, { ...DEFAULT_THRESHOLDS, growthTolerance: 0.5 })
    expect(r).toEqual({
      light: 'red',
      rule: 'growth-vs-target',
      tolerance: 0.5,
      compared: { actual: 5.5, expected: 6.5 },
      gap: -1,
      inputs: { growth: 5.5, target: 6.5 },
    })
  })

  it('gives no light, with the reason, without a target or an actual', () => {
    expect(growthStatus(5, null)).toMatchObject({ light: null, reason: 'no-target' })
    expect(growthStatus(undefined, 8)).toMatchObject({ light: null, reason: 'no-actual' })
    expect(growthStatus(Number.NaN, 8)).toMatchObject({ light: null, reason: 'no-actual' })
  })
})

describe('amount or count vs time elapsed', () => {
  // 新增市场主体 2700户以上: by 1–3月 a quarter of the year has gone by.
  it('is green when progress keeps pace with the year', () => {
    const r = progressStatus({ cumulative: 700, target: 2700, month: 3 })
    expect(r.light).toBe('green')
    if (r.light) expect(r.compared.expected).toBe(25)
  })
  it('is yellow within 10 points behind, red beyond', () => {
    expect(light(progressStatus({ cumulative: 2700 * 0.16, target: 2700, month: 3 }))).toBe('yellow')
    expect(light(progressStatus({ cumulative: 2700 * 0.15, target: 2700, month: 3 }))).toBe('yellow')
    expect(light(progressStatus({ cumulative: 2700 * 0.14, target: 2700, month: 3 }))).toBe('red')
  })
  it('refuses to compare different units or to divide by a non-positive target', () => {
    expect(
      progressStatus({ cumulative: 1, target: 2700, month: 3, actualUnit: '万户', targetUnit: '户' }),
    ).toMatchObject({
      light: null,
      reason: 'unit-mismatch',
    })
    expect(progressStatus({ cumulative: 1, target: 0, month: 3 })).toMatchObject({
      light: null,
      reason: 'no-target',
    })
    expect(progressStatus({ cumulative: undefined, target: 10, month: 3 })).toMatchObject({
      reason: 'no-actual',
    })
  })
})

describe('ledger project completion vs time elapsed at the as-of date', () => {
  it('compares 完成投资 ÷ 年度计划投资 with the as-of date', () => {
    const r = projectStatus({ completed: 4000, plan: 10000, asOf: '2023-06-30' })
    expect(r).toMatchObject({ light: 'yellow', rule: 'project-vs-time', gap: -10, inputs: { elapsed: 0.5 } })
    expect(light(projectStatus({ completed: 5000, plan: 10000, asOf: '2023-06-30' }))).toBe('green')
    expect(light(projectStatus({ completed: 3999, plan: 10000, asOf: '2023-06-30' }))).toBe('red')
  })
  it('gives no light without a plan figure, a completed figure or an as-of date, and says why', () => {
    expect(projectStatus({ completed: 5, plan: undefined, asOf: '2023-06-30' })).toMatchObject({
      reason: 'no-plan',
    })
    expect(projectStatus({ completed: 5, plan: 0, asOf: '2023-06-30' })).toMatchObject({ reason: 'no-plan' })
    expect(projectStatus({ completed: null, plan: 10, asOf: '2023-06-30' })).toMatchObject({
      reason: 'no-completed',
    })
    expect(projectStatus({ completed: 5, plan: 10, asOf: '6月底' })).toMatchObject({ reason: 'bad-as-of' })
  })
})

describe('thresholds', () => {
  it('are checked field by field', () => {
    expect(checkThresholds(DEFAULT_THRESHOLDS)).toEqual([])
    expect(checkThresholds({ growthTolerance: -1, progressTolerance: '10' })).toEqual([
      { field: 'growthTolerance', reason: 'must be 0 or more' },
      { field: 'progressTolerance', reason: 'not a number' },
    ])
    expect(resolveThresholds({ growthTolerance: 2 })).toEqual(DEFAULT_THRESHOLDS)
    expect(resolveThresholds({ growthTolerance: 2, progressTolerance: 5 })).toEqual({
      growthTolerance: 2,
      progressTolerance: 5,
    })
  })
})

// Monotonicity: more progress never makes the light worse; a bigger tolerance never makes it worse.
const num = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
const pos = fc.double({ min: 1e-3, max: 1e6, noNaN: true, noDefaultInfinity: true })
const tol = fc.double({ min: 0, max: 50, noNaN: true, noDefaultInfinity: true })
const sev = (r: StatusResult) => (r.light ? SEVERITY[r.light] : -1)

describe('properties', () => {
  it('growth: a higher growth is never a worse light', () => {
    fc.assert(
      fc.property(num, num, num, tol, (a, b, target, t) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const th = { growthTolerance: t, progressTolerance: 10 }
        return sev(growthStatus(hi, target, th)) <= sev(growthStatus(lo, target, th))
      }),
    )
  })
  it('progress: a higher cumulative is never a worse light; a later month never a better one', () => {
    fc.assert(
      fc.property(
        num,
        num,
        pos,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        tol,
        (a, b, target, m1, m2, t) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a]
          const th = { growthTolerance: 1, progressTolerance: t }
          const at = (cumulative: number, month: number) =>
            sev(progressStatus({ cumulative, target, month }, th))
          expect(at(hi, m1)).toBeLessThanOrEqual(at(lo, m1))
          const [early, late] = m1 <= m2 ? [m1, m2] : [m2, m1]
          expect(at(lo, early)).toBeLessThanOrEqual(at(lo, late))
        },
      ),
    )
  })
  it('project: more completed is never a worse light; a larger tolerance never a worse one', () => {
    fc.assert(
      fc.property(pos, pos, pos, tol, tol, fc.integer({ min: 1, max: 12 }), (a, b, plan, t1, t2, month) => {
        const asOf = `2023-${String(month).padStart(2, '0')}-28`
        const st = (completed: number, t: number) =>
          sev(projectStatus({ completed, plan, asOf }, { growthTolerance: 1, progressTolerance: t }))
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const [tLo, tHi] = t1 <= t2 ? [t1, t2] : [t2, t1]
        expect(st(hi, tLo)).toBeLessThanOrEqual(st(lo, tLo))
        expect(st(lo, tHi)).toBeLessThanOrEqual(st(lo, tLo))
      }),
    )
  })
  it('a lit result is green exactly when the gap is ≥ 0', () => {
    fc.assert(
      fc.property(num, num, (g, target) => {
        const r = growthStatus(g, target)
        return r.light !== null && (r.light === 'green') === r.gap >= 0
      }),
    )
  })
})
