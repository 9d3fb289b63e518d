// The dataset's one source of truth: every type the app uses for report data is z.infer of these.
// zod/mini keeps the parser small enough for the first paint (see scripts/size-report.mjs).
import * as z from 'zod/mini'
import { QUALIFIERS } from '../format/quantity'
import { UNIT_KEYS } from '../format/units'
import type { Label as LanguageLabel } from '../i18n/languages'
import { withinLimits } from './limits'
import { isSafeDataPath } from './paths'
import { SECTORS, STAGES } from './taxonomy'

export { SECTORS, STAGES }

export const SCHEMA_VERSION = 1

const nonEmpty = () => z.string().check(z.minLength(1), z.maxLength(4000))
export const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/, 'rule.id'), z.maxLength(80))
export const Label = z.strictObject({ zh: nonEmpty(), en: nonEmpty() })
/** A verbatim fragment of the report text; tests prove it is a substring. */
export const Quote = z.string().check(z.minLength(2), z.maxLength(2000))
export const Unit = z.enum(UNIT_KEYS)
/** 余 → over, 以上 → at-least, 以内 → at-most, as the report qualifies a figure. */
export const Qualifier = z.enum(QUALIFIERS)
/** The year a figure is for ('2022' in the review, '2023' for a plan target); 'to-date' for stock figures (达到 ...). */
export const Period = z.union([z.string().check(z.regex(/^\d{4}$/, 'rule.period')), z.literal('to-date')])

// Messages named rule.* are the keys of their words in ./issue-locales (issue-words.ts).
/** A figure: finite, and within the dataset's limits (./limits.ts), so it always formats legibly. */
const Figure = () => z.number().check(z.refine(withinLimits, 'rule.magnitude'))
/** A calendar year; 0 in a machine-made draft whose text names no year (src/lib/ingest). */
const Year = () => z.number().check(z.int(), z.gte(0), z.lte(9999))
/** The report's own numbering: （一） = 1, problem 3, task 2 … */
const Ordinal = () => z.number().check(z.int(), z.gte(0), z.lte(999))
/** A file under data/: a plain relative path (./paths.ts), never a scheme, an absolute path or "..". */
const DataPath = () =>
  z.string().check(z.minLength(1), z.maxLength(300), z.refine(isSafeDataPath, 'rule.path'))

/** A ranking the report claims for a figure (位居全省各县第一): checkable, so recorded with its own quote. */
export const Rank = z.strictObject({
  position: z.number().check(z.int(), z.positive()), // 1 for 第一
  scope: Label, // among whom: 全省各县
  quote: Quote, // the words that claim it, with 第<position> in them
})

/** One number the report states, with the words it states it in. */
export const Fact = z.strictObject({
  id: Id,
  label: Label,
  value: Figure(),
  unit: Unit,
  qualifier: z.optional(Qualifier),
  period: Period,
  estimated: z.optional(z.boolean()), // the report says 预计 (full-year estimate)
  sectionId: Id,
  topicId: z.optional(Id),
  quote: Quote,
  rank: z.optional(Rank),
  /**
   * What the figure measures, where another figure measures the same thing (rural and village roads built;
   * urban and rural allowance standards). Only figures of one measure are charted side by side.
   */
  measure: z.optional(Id),
})

/** Report areas, as the Sectors screen groups them. */
export const Area = z.strictObject({
  id: Id,
  label: Label,
  sectionId: Id,
  topicIds: z.array(Id),
  summary: Label, // one line on what the area covers, written here (not a quote)
})

/** A metric of an area's progress: a fact filed under its area. */
export const Metric = z.extend(Fact, { areaId: Id })

/**
 * Real growth is at comparable (constant) prices: never turned into a level. Nominal growth may imply one.
 * 'unstated': the report does not say and convention does not settle it: no level either.
 */
export const GrowthBasis = z.enum(['real', 'nominal', 'unstated'])

export const Indicator = z.strictObject({
  id: Id,
  label: Label,
  basis: GrowthBasis,
  actual: z.optional(Fact), // 2022 level; the report gives none for 规上工业增加值
  growth: Fact, // 2022 growth, %
  target: Fact, // 2023 target growth, %
})

export const Stage = z.enum(STAGES)
export const Sector = z.enum(SECTORS)

export const Money = z.strictObject({
  value: Figure().check(z.positive()),
  unit: z.literal('亿元'),
})

export const Project = z.strictObject({
  id: Id,
  name: Label,
  kind: z.enum(['project', 'enterprise', 'facility']),
  sector: Sector,
  sectorStated: z.boolean(), // false: our classification, shown as inferred
  stage: Stage,
  stageText: nonEmpty(), // the report's own word for the stage (签约, 主体完工, 投入使用 ...)
  stageStated: z.boolean(), // false: the report implies but does not name the stage
  investment: z.optional(Money), // only where the report states it
  location: z.optional(Label),
  areaId: Id,
  sectionId: Id,
  topicId: z.optional(Id),
  quote: Quote,
})

/** The report's own stage totals, and the named examples it gives for each. */
export const PipelineStage = z.strictObject({
  stage: Stage,
  parent: z.optional(Stage), // 主体完工/试生产/投产达效 are subsets of 开复工
  count: Fact,
  investment: z.optional(Fact),
  exampleIds: z.array(Id), // projects the report names as examples of this stage
})

export const Topic = z.strictObject({ id: Id, title: Label, heading: Quote })
export const Section = z.strictObject({
  id: Id,
  part: z.enum(['opening', 'review', 'problems', 'plan']),
  ordinal: z.optional(Ordinal().check(z.positive())), // （一） = 1
  title: Label,
  heading: Quote, // the line that opens the section in the text
  topics: z.array(Topic),
})

export const Problem = z.strictObject({
  id: Id,
  ordinal: Ordinal(),
  text: Label,
  quote: Quote,
})

export const PlanTask = z.strictObject({
  id: Id,
  ordinal: Ordinal(),
  title: Label,
  quote: Quote,
  items: z.array(z.strictObject({ id: Id, title: Label, quote: Quote })),
  complete: z.boolean(), // false: the text breaks off inside this task
})

export const Plan = z.strictObject({
  targets: z.array(Fact), // 2023 quantity targets beyond the seven growth targets (e.g. 2700 market entities)
  tasks: z.array(PlanTask),
  /** Where the text breaks off, when it does (a task with complete: false); absent for a whole text. */
  truncation: z.optional(z.strictObject({ note: Label, lastWords: Quote })),
})

export const DERIVED_OPS = ['sum', 'difference', 'share', 'implied-level'] as const
/**
 * A number computed here, never stated by the report.
 * sum: Σ inputs · difference: inputs[0] − Σ rest · share: Σ rest ÷ inputs[0] × 100 ·
 * implied-level: inputs[0] × (1 + inputs[1] ÷ 100), only from a nominal series.
 */
export const Derived = z.strictObject({
  id: Id,
  derived: z.literal(true),
  label: Label,
  value: Figure(),
  unit: Unit,
  period: Period,
  op: z.enum(DERIVED_OPS),
  inputs: z.array(Id).check(z.minLength(1)),
  decimals: z.number().check(z.int(), z.gte(0), z.lte(6)),
  formula: Label, // human-readable, e.g. "54 × (1 + 12%)"
  note: z.optional(Label),
})

/** A quantity-like token of the text that is deliberately not a metric (years, 5G, 3A级 ...). */
export const NonMetric = z.strictObject({ token: nonEmpty(), reason: nonEmpty(), quote: Quote })

export const Report = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: Id,
  county: Label,
  province: Label,
  year: Year(), // plan year; the review covers year − 1
  title: Label,
  textFile: DataPath(), // the report text, relative to this file's folder, for the Source screen
  textNote: z.optional(Label), // what a reader should know about this copy of the text (written here)
  sections: z.array(Section).check(z.minLength(1)),
  areas: z.array(Area),
  indicators: z.array(Indicator),
  metrics: z.array(Metric),
  projects: z.array(Project),
  pipeline: z.array(PipelineStage),
  problems: z.array(Problem),
  plan: Plan,
  derived: z.array(Derived),
  nonMetrics: z.array(NonMetric),
})

export const ManifestEntry = z.strictObject({
  id: Id,
  county: Label,
  year: Year(),
  title: Label,
  file: DataPath(), // path under data/, e.g. chaoyang-2023/report.json
})
export const Manifest = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  defaultReport: Id,
  reports: z.array(ManifestEntry).check(z.minLength(1), z.maxLength(500)),
})

export type Fact = z.infer<typeof Fact>
export type Rank = z.infer<typeof Rank>
export type GrowthBasis = z.infer<typeof GrowthBasis>
export type Metric = z.infer<typeof Metric>
export type Area = z.infer<typeof Area>
export type Indicator = z.infer<typeof Indicator>
export type Stage = z.infer<typeof Stage>
export type Sector = z.infer<typeof Sector>
export type Project = z.infer<typeof Project>
export type PipelineStage = z.infer<typeof PipelineStage>
export type Section = z.infer<typeof Section>
export type Problem = z.infer<typeof Problem>
export type PlanTask = z.infer<typeof PlanTask>
export type Derived = z.infer<typeof Derived>
export type DerivedOp = (typeof DERIVED_OPS)[number]
export type NonMetric = z.infer<typeof NonMetric>
export type Report = z.infer<typeof Report>
export type Manifest = z.infer<typeof Manifest>
export type ManifestEntry = z.infer<typeof ManifestEntry>
export type LabelText = z.infer<typeof Label>
/** Compile-time proof that a dataset label has exactly one text per language the app speaks. */
export const LABEL_COVERS_LANGUAGES: [LabelText] extends [LanguageLabel]
  ? [LanguageLabel] extends [LabelText]
    ? true
    : never
  : never = true
