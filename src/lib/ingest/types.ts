import type { Report, Sector, Stage } from '../dataset/schema'
import type { Unit } from '../format/units'

// The draft the pipeline hands to a reviewer: a Report that passes parseReport, plus a sidecar that
// says how sure each item is, what the schema could not hold and which numbers found no place.

/**
 * How the text qualifies a number. The schema holds only over / at-least / at-most; the others stay
 * here (and the review says the report lost them): about = 左右/约/上下, nearly = 近/接近,
 * more-than = 超过/突破/逾 (kept apart from 余, which the schema's 'over' means).
 */
export type DraftQualifier = 'over' | 'at-least' | 'at-most' | 'about' | 'nearly' | 'more-than'

/** Where a number lands. The recall test compares kinds exactly these ways. */
export type ItemKind =
  | 'indicator' // a catalog indicator's level, growth or target (report.indicators when complete)
  | 'metric' // any other stated figure of the review (report.metrics)
  | 'pipeline-count' // N projects at a stage (签约项目75个)
  | 'pipeline-investment' // the total investment of such a count (总投资295.7亿元)
  | 'plan-target' // a quantity the plan sets for the coming year (report.plan.targets)
  | 'project-investment' // one named project's investment (投资24亿元的…)

/** level: the stated amount · growth: its rate · target: the plan's rate · change: a difference (百分点, 增加…人). */
export type Role = 'level' | 'growth' | 'target' | 'change' | 'average-growth'

export type Part = 'opening' | 'review' | 'problems' | 'plan'

/**
 * Confidence is a number in [0, 1] with three bands a reviewer can sort by:
 * ≥ 0.8 high (a catalog synonym with an explicit role word, or a fixed pattern such as 投资X亿元的NAME),
 * ≥ 0.5 medium (a figure with its own subject words), below 0.5 low (a label guessed from the words
 * after the number, a pair that could not be aligned, an ambiguous term such as bare 财政收入).
 */
export type ConfidenceBand = 'high' | 'medium' | 'low'

export type Span = readonly [start: number, end: number]

export type DraftItem = {
  id: string // the id it carries in the report, if it lands there
  kind: ItemKind
  role: Role
  indicatorId?: string // catalog id (indicator-catalog.ts)
  basis?: 'real' | 'nominal' // from the catalog: comparable-price (real) or current-price (nominal) growth
  basisStated?: 'real' | 'nominal' // the text says 按可比价格/按现价 itself
  stage?: Stage // pipeline counts
  label: { zh: string; en?: string } // en only where the catalog gives it
  value: number
  unitText: string // the unit as written: 亿元, 个百分点, 万千瓦时
  unit: Unit | null // the schema's unit; null when the schema has none for it
  qualifier?: DraftQualifier
  range?: { low: number; high: number } // 6%—7%: value holds the low end
  estimated?: boolean // 预计
  period: 'review' | 'plan' | 'to-date'
  sectionId: string
  topicId?: string
  quote: string // verbatim from the original text
  quoteSpan: Span // original offsets of the quote
  tokens: Span[] // original offsets of the number tokens this item accounts for
  confidence: number
  why: string // the rule that placed it, for the reviewer
  inReport: boolean
  notInReport?: string // why the schema could not take it
}

export type DraftProject = {
  id: string
  name: string
  kind: 'project' | 'enterprise' | 'facility'
  sector: Sector
  sectorStated: boolean
  stage: Stage
  stageText: string
  stageStated: boolean
  investment?: { value: number; unitText: string; valueYi: number } // valueYi: in 亿元, the schema's unit
  quote: string
  quoteSpan: Span
  sectionId: string
  topicId?: string
  part: Part
  confidence: number
  why: string
  inReport: boolean
  notInReport?: string
}

export type QualitativeTarget = {
  subject: string
  indicatorIds: string[]
  text: string // the words that state the target
  quote: string
  confidence: number
}

export type TokenStatus = 'placed' | 'non-metric' | 'unplaced'

export type TokenAccount = {
  text: string // the token as the original writes it
  span: Span // original offsets
  status: TokenStatus
  itemId?: string // placed: the report item; unplaced: the candidate that could not go in, if any
  reason?: string // non-metric and unplaced: why
  quote: string
}

export type NormalisationSummary = {
  kind: 'width' | 'traditional' | 'stray-placeholder' | 'stray-question' | 'invisible' | 'excluded-line'
  count: number
  examples: { original: string; normalised: string; at: number }[]
}

export type DraftReview = {
  docType: 'work-report' | 'statistical-bulletin' | 'economic-brief' | 'unknown'
  title: string
  place?: string
  years: { review: number; plan: number } // the years the text's periods stand for
  items: DraftItem[] // every quantity the pipeline read, in the report or not
  projects: DraftProject[]
  qualitativeTargets: QualitativeTarget[]
  tokens: { total: number; placed: number; nonMetric: number; unplaced: number }
  unplaced: TokenAccount[]
  accounts: TokenAccount[] // every token, in text order
  rejected: { what: string; quote: string; reason: string }[]
  normalised: NormalisationSummary[]
  draftLabels: { path: string; zh: string }[] // labels whose English is only a copy of the Chinese
  warnings: string[]
  confidence: Record<string, number> // report item id → confidence
}

export type Draft = { report: Report; review: DraftReview }

export function confidenceBand(c: number): ConfidenceBand {
  return c >= 0.8 ? 'high' : c >= 0.5 ? 'medium' : 'low'
}
