// A reviewed decisions file (data/decisions/<id>.json): the human review of a draft, stored as data.
// ingest(text) drafts the numbers; these decisions say what each drafted number is called, where it is
// filed, what the reviewer changed, added or rejected, and the outline, names, sectors and stages the
// pipeline cannot know. applyDecisions (./apply.ts) turns draft + decisions into the report.
// Values, units and quotes come from the draft unless a decision edits them; a derived figure's value,
// unit and formula are always computed from its op and inputs, never written here.
import * as z from 'zod/mini'
import {
  Area,
  DERIVED_OPS,
  GrowthBasis,
  Id,
  Label,
  NonMetric,
  Period,
  PlanTask,
  Problem,
  Qualifier,
  Quote,
  Rank,
  Section,
  Sector,
  Stage,
  Unit,
} from '@/lib/dataset/schema'

export const DECISIONS_VERSION = 1

/** A drafted number, by the draft's own quote and the value the draft read there. */
export const DraftRef = z.strictObject({ quote: Quote, value: z.number() })

/**
 * One reviewed figure. With `from` it is a drafted number accepted (and edited where a field is given);
 * without, a figure the reviewer added, which must give value, unit, period, sectionId and quote.
 * null removes what the draft had (a qualifier, 预计, a topic).
 */
export const FactDecision = z.strictObject({
  from: z.optional(DraftRef),
  id: Id,
  label: Label,
  value: z.optional(z.number()), // an edit of the drafted value
  unit: z.optional(Unit),
  qualifier: z.optional(z.nullable(Qualifier)),
  period: z.optional(Period),
  estimated: z.optional(z.nullable(z.boolean())),
  sectionId: z.optional(Id),
  topicId: z.optional(z.nullable(Id)),
  quote: z.optional(Quote), // the reviewed quote, where it is wider or narrower than the draft's
  rank: z.optional(Rank),
  measure: z.optional(Id),
  areaId: z.optional(Id), // metrics: where the area of its section/topic is not the right one
})

export const IndicatorDecision = z.strictObject({
  id: Id,
  label: Label,
  basis: GrowthBasis,
  actual: z.optional(FactDecision),
  growth: FactDecision,
  target: FactDecision,
})

/** A named project: `from` is the drafted name it was read as; without it, added by the reviewer. */
export const ProjectDecision = z.strictObject({
  from: z.optional(z.string()),
  id: Id,
  name: Label,
  kind: z.enum(['project', 'enterprise', 'facility']),
  sector: Sector,
  sectorStated: z.boolean(),
  stage: Stage,
  stageText: z.string().check(z.minLength(1)),
  stageStated: z.boolean(),
  investment: z.optional(z.number().check(z.positive())), // 亿元: an edit of the drafted investment, or an added one
  location: z.optional(Label),
  quote: z.optional(Quote),
  sectionId: z.optional(Id),
  topicId: z.optional(z.nullable(Id)),
  areaId: z.optional(Id),
})

export const PipelineDecision = z.strictObject({
  stage: Stage,
  parent: z.optional(Stage),
  count: FactDecision,
  investment: z.optional(FactDecision),
  exampleIds: z.array(Id),
})

/** A number computed here: what it is and from what. Its value, unit and formula are computed. */
export const DerivedDecision = z.strictObject({
  id: Id,
  label: Label,
  period: Period,
  op: z.enum(DERIVED_OPS),
  inputs: z.array(Id).check(z.minLength(1)),
  decimals: z.number().check(z.int(), z.gte(0), z.lte(6)),
  note: z.optional(Label),
})

const Reason = z.string().check(z.minLength(1))

export const Decisions = z.strictObject({
  schemaVersion: z.literal(DECISIONS_VERSION),
  report: z.strictObject({
    id: Id,
    county: Label,
    province: Label,
    year: z.number().check(z.int()),
    title: Label,
    textFile: z.string(),
    textNote: z.optional(Label),
  }),
  /** The draft's section and topic ids → the reviewed ones (a drafted figure's place follows it). */
  outline: z.record(z.string(), Id),
  sections: z.array(Section),
  areas: z.array(Area),
  indicators: z.array(IndicatorDecision),
  metrics: z.array(FactDecision),
  projects: z.array(ProjectDecision),
  pipeline: z.array(PipelineDecision),
  problems: z.array(Problem),
  plan: z.strictObject({
    targets: z.array(FactDecision),
    tasks: z.array(PlanTask),
    truncation: z.optional(z.strictObject({ note: Label, lastWords: Quote })),
  }),
  derived: z.array(DerivedDecision),
  nonMetrics: z.array(NonMetric),
  /** Drafted figures and projects the review turned down, each with the reason. */
  rejected: z.strictObject({
    facts: z.array(z.strictObject({ from: DraftRef, reason: Reason })),
    projects: z.array(z.strictObject({ from: z.string(), reason: Reason })),
  }),
})

export type DraftRef = z.infer<typeof DraftRef>
export type FactDecision = z.infer<typeof FactDecision>
export type ProjectDecision = z.infer<typeof ProjectDecision>
export type DerivedDecision = z.infer<typeof DerivedDecision>
export type Decisions = z.infer<typeof Decisions>
