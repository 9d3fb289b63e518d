// The 三色 status rules and 时序进度, pure and shared by Monitoring, the ledger and the deck.
export { LIGHT_WORDS, NO_LIGHT_WORDS, RULE_TEXT, type RuleText } from './legend'
export {
  growthStatus,
  LIGHTS,
  type Light,
  type Lit,
  type NoLightReason,
  progressStatus,
  projectStatus,
  type RuleId,
  roundPoints,
  SEVERITY,
  type StatusResult,
  type Unlit,
} from './rules'
export { type ActualPoint, type IndicatorSeries, indicatorSeries, redList, type TargetSpec } from './series'
export {
  checkThresholds,
  DEFAULT_THRESHOLDS,
  resolveThresholds,
  THRESHOLD_LIMITS,
  type ThresholdProblem,
  type Thresholds,
} from './thresholds'
export {
  type CumulativePeriod,
  daysInMonth,
  elapsedAt,
  elapsedForPeriod,
  isQuarterEnd,
  parseAsOf,
  quarterEndMonth,
} from './time-elapsed'
