// The adjustable numbers of the 三色 rules. Defaults are the stated rules; users change them
// (kept with their data in the store's settings), so every result carries the thresholds it used.

export type Thresholds = {
  /** Growth targets: yellow while below the target by no more than this, in 百分点. */
  growthTolerance: number
  /** Amount/count targets and ledger projects: yellow while behind 时序进度 by no more than this, in 百分点. */
  progressTolerance: number
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  growthTolerance: 1,
  progressTolerance: 10,
})

/** Upper bounds keep a typo (100 instead of 10) from turning every light green-or-yellow. */
export const THRESHOLD_LIMITS: Readonly<Thresholds> = Object.freeze({
  growthTolerance: 20,
  progressTolerance: 50,
})

export type ThresholdProblem = { field: keyof Thresholds; reason: string }

/** Problems with user-entered thresholds (empty when valid): a tolerance is a finite number ≥ 0. */
export function checkThresholds(value: unknown): ThresholdProblem[] {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
  const problems: ThresholdProblem[] = []
  for (const field of ['growthTolerance', 'progressTolerance'] as const) {
    const n = v[field]
    if (typeof n !== 'number' || !Number.isFinite(n)) problems.push({ field, reason: 'not a number' })
    else if (n < 0) problems.push({ field, reason: 'must be 0 or more' })
    else if (n > THRESHOLD_LIMITS[field])
      problems.push({ field, reason: `must be at most ${THRESHOLD_LIMITS[field]}` })
  }
  return problems
}

/** The thresholds to use: the user's if they are valid, else the defaults (never a half-valid mix). */
export function resolveThresholds(value: unknown): Thresholds {
  return checkThresholds(value).length === 0 ? { ...(value as Thresholds) } : { ...DEFAULT_THRESHOLDS }
}
