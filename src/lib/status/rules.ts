// The stated 三色 rules (正常/预警/滞后). Pure: the Monitoring screen, the ledger and the deck all call
// these, and every result carries what produced it so the UI can answer "why this light".

import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds'
import { elapsedAt, elapsedForPeriod } from './time-elapsed'

export type Light = 'green' | 'yellow' | 'red'
export const LIGHTS = ['green', 'yellow', 'red'] as const
/** Severity for sorting and for "never worse" checks: green 0 < yellow 1 < red 2. */
export const SEVERITY: Readonly<Record<Light, number>> = { green: 0, yellow: 1, red: 2 }

export type RuleId = 'growth-vs-target' | 'progress-vs-time' | 'project-vs-time'

/** Why a figure gets no light: said, never shown as green or grey without a word. */
export type NoLightReason =
  | 'no-actual' // no cumulative figure yet
  | 'no-target' // no numeric target (or a zero/negative one, which progress cannot divide by)
  | 'no-plan' // a ledger project without 年度计划投资
  | 'no-completed' // a ledger project without 完成投资 (blank is not read as 0)
  | 'bad-as-of' // the ledger's as-of date is missing or unreadable
  | 'unit-mismatch' // actual and target in different units (户 vs 万户): not compared silently

export type Lit = {
  light: Light
  rule: RuleId
  tolerance: number // the threshold that applied, 百分点
  /** growth vs target (%), or progress vs time elapsed (% of the year / of the target). */
  compared: { actual: number; expected: number }
  gap: number // actual − expected, 百分点 (negative = behind)
  inputs: Readonly<Record<string, number>> // the raw numbers the formula used
}
export type Unlit = {
  light: null
  rule: RuleId
  reason: NoLightReason
  inputs: Readonly<Record<string, number>>
}
export type StatusResult = Lit | Unlit

// Differences of decimals carry binary noise (6.2 − 7.2 = −1.0000000000000009): without rounding a
// gap of exactly one tolerance would read red. Rounding is monotone, so it keeps the rules monotone.
export const roundPoints = (x: number) => Math.round(x * 1e6) / 1e6 + 0

function judge(gap: number, tolerance: number): Light {
  if (gap >= 0) return 'green'
  return gap >= -tolerance ? 'yellow' : 'red'
}

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x)

/**
 * Growth targets: green when cumulative growth ≥ target; yellow when below by ≤ tolerance 百分点; red
 * beyond. `target` null means the target is qualitative (与经济增长同步) or absent.
 */
export function growthStatus(
  growth: number | null | undefined,
  target: number | null | undefined,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): StatusResult {
  const rule = 'growth-vs-target'
  if (!finite(target))
    return { light: null, rule, reason: 'no-target', inputs: finite(growth) ? { growth } : {} }
  if (!finite(growth)) return { light: null, rule, reason: 'no-actual', inputs: { target } }
  const gap = roundPoints(growth - target)
  const tolerance = thresholds.growthTolerance
  return {
    light: judge(gap, tolerance),
    rule,
    tolerance,
    compared: { actual: growth, expected: target },
    gap,
    inputs: { growth, target },
  }
}

/** progress (% of target) against time elapsed (% of year): shared by amounts/counts and projects. */
function progressAgainstTime(
  rule: RuleId,
  done: number,
  goal: number,
  elapsed: number,
  tolerance: number,
  names: { done: string; goal: string },
): Lit {
  const progress = (done / goal) * 100
  const expected = elapsed * 100
  const gap = roundPoints(progress - expected)
  return {
    light: judge(gap, tolerance),
    rule,
    tolerance,
    compared: { actual: progress, expected },
    gap,
    inputs: { [names.done]: done, [names.goal]: goal, elapsed },
  }
}

/**
 * Amount or count targets (新增市场主体 2700户以上): progress = cumulative ÷ target, against 时序进度 of
 * the cumulative period (1–3月 = 25%); green when progress ≥ time elapsed, yellow within the tolerance.
 */
export function progressStatus(
  input: {
    cumulative: number | null | undefined
    target: number | null | undefined
    month: number // the cumulative period's last month (1–N月)
    actualUnit?: string | undefined
    targetUnit?: string | undefined
  },
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): StatusResult {
  const rule = 'progress-vs-time'
  const { cumulative, target } = input
  const elapsed = elapsedForPeriod({ year: 0, month: input.month })
  if (!finite(target) || target <= 0) return { light: null, rule, reason: 'no-target', inputs: { elapsed } }
  if (!finite(cumulative)) return { light: null, rule, reason: 'no-actual', inputs: { target, elapsed } }
  if (input.actualUnit && input.targetUnit && input.actualUnit !== input.targetUnit) {
    return { light: null, rule, reason: 'unit-mismatch', inputs: { cumulative, target, elapsed } }
  }
  return progressAgainstTime(rule, cumulative, target, elapsed, thresholds.progressTolerance, {
    done: 'cumulative',
    goal: 'target',
  })
}

/**
 * Ledger projects: annual completion = 完成投资 ÷ 年度计划投资, against the time elapsed at the as-of date.
 * No plan figure → no light, with the reason; a blank 完成投资 is not taken as zero.
 */
export function projectStatus(
  input: {
    completed: number | null | undefined
    plan: number | null | undefined
    asOf: string | null | undefined
  },
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): StatusResult {
  const rule = 'project-vs-time'
  const { completed, plan } = input
  if (!finite(plan) || plan <= 0) return { light: null, rule, reason: 'no-plan', inputs: {} }
  let elapsed: number
  try {
    elapsed = elapsedAt(input.asOf ?? '')
  } catch {
    return { light: null, rule, reason: 'bad-as-of', inputs: { plan } }
  }
  if (!finite(completed)) return { light: null, rule, reason: 'no-completed', inputs: { plan, elapsed } }
  return progressAgainstTime(rule, completed, plan, elapsed, thresholds.progressTolerance, {
    done: 'completed',
    goal: 'plan',
  })
}
