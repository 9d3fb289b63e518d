// The 三色 status rules and 时序进度, pure and shared by Monitoring, the ledger and the deck. Their words
// (each light, each rule with its thresholds) are in the catalog of src/components/status.
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
