// The 三色 status as every screen shows it: a light's shape and word (never colour alone), the legend
// of the stated rules with the user's thresholds, cumulative periods, the example-data label, and a
// stored figure with its source. The rules themselves are src/lib/status.
export { ActualFigure, unitOf } from './actual-figure'
export { ActualSourceButton, formatStamp, SourceDetails } from './actual-source'
export { BehindGap, BehindItem } from './behind-item'
export { ExampleBadge } from './example-badge'
export { type StatusKey, type StatusT, statusMessages } from './i18n'
export { type CumulativePeriod, periodText } from './period-text'
export { StatusLegend } from './status-legend'
export { LightIcon, StatusLight } from './status-light'
export { whyText } from './why-text'
