import type { Stage } from '../dataset/schema'
import type { Finding } from './finding'
import { type CatalogMatch, matchIndicator } from './indicator-match'
import type { Quantity } from './quantities'
import type { Sentence } from './sentences'
import { findStage } from './stages'
import { growthLabel, type Peeled } from './subjects'
import { resolveCounted, unitKind } from './unit-lexicon'

// Deciding what one quantity is, once its subject words are known: an indicator's level, growth or
// target; a pipeline count or its investment; a plan target; or a metric of the review.

export type Subject = {
  text: string // the words that name it
  match?: CatalogMatch | undefined // the catalog indicator those words name
  pipeline?: { stage: Stage; text: string } // the words name a project count at a stage
  origin: number // where its words start (for the quote)
  inherited: boolean
  fromPost: boolean
  labelText?: string // a metric's label when it is not the subject words (增速比上半年加快 after GDP)
  comparison?: boolean // the words compare the figure before with something: a change, not a level
}

/** The stage of a project count: 签约项目75个 / 44个项目主体完工 / 落地38个 after a count of 项目. */
export function pipelineOf(q: Quantity, words: string, carry: Subject | undefined) {
  if (q.unitText !== '个' && q.unitText !== '项') return undefined
  if (!/项目/.test(words) && !carry?.pipeline) return undefined
  const stage = findStage(words)
  return stage ? { stage: stage.stage, text: stage.text } : undefined
}

export function subjectFor(
  words: string,
  origin: number,
  inherited: boolean,
  fromPost: boolean,
  q: Quantity,
  carry?: Subject,
): Subject {
  const match = matchIndicator(words)
  const pipeline = pipelineOf(q, words, carry)
  return {
    text: words,
    origin,
    inherited,
    fromPost,
    ...(match ? { match } : {}),
    ...(pipeline ? { pipeline } : {}),
  }
}

const PIPELINE_INVESTMENT = /^(?:总投资|计划总投资|完成投资|累计完成投资|完成总投资|投资)$/
const STOCK = /累计|总装机|保有量|总数|存量/

/** The finding for one quantity with its subject, in its sentence. */
export function decide(
  q: Quantity,
  subject: Subject,
  peeled: Peeled,
  s: Sentence,
  ctx: { text: string; post: string; carry?: Subject; confidence: number; why: string; quoteEnd: number },
): Finding {
  const { text } = ctx
  const fullText = text.slice(s.full[0], s.full[1])
  const plan = s.part === 'plan'
  const growth = peeled.growth
  const isRate = q.unitText === '%'
  let value = q.value
  if (growth?.down && isRate && value > 0) value = -value
  const unit = resolveCounted(
    q.unitText,
    q.unit,
    subject.text + text.slice(Math.max(0, q.start - 12), q.start),
    ctx.post,
  )
  const base: Omit<Finding, 'kind' | 'role' | 'labelZh'> = {
    value,
    q,
    unit,
    unitText: q.unitText,
    ...(q.qualifier ? { qualifier: q.qualifier } : {}),
    ...(q.range ? { range: q.range } : {}),
    estimated: /预计/.test(fullText),
    period: plan ? 'plan' : 'review',
    sentence: s,
    quote: [subject.origin, ctx.quoteEnd],
    confidence: ctx.confidence,
    why: ctx.why,
    ...(/按可比价格?计算/.test(fullText)
      ? { basisStated: 'real' as const }
      : /按现价计算/.test(fullText)
        ? { basisStated: 'nominal' as const }
        : {}),
  }
  // A comparison (增速比上半年加快0.6个百分点) is a change; a share of something (占…的78.2%) a level.
  const role: Finding['role'] = subject.comparison
    ? growth || q.unit === '百分点'
      ? 'change'
      : plan
        ? 'target'
        : 'level'
    : growth
      ? growth.average
        ? 'average-growth'
        : isRate
          ? plan
            ? 'target'
            : 'growth'
          : 'change'
      : plan
        ? 'target'
        : q.unit === '百分点'
          ? 'change' // 百分点 is a difference of two rates, never a level
          : 'level'
  const growthWordLabel = (t: string) =>
    growth ? growthLabel(t, `${growth.average ? '年均' : ''}${growth.word}`) : t

  // An indicator: its level in its own unit kind, its growth and target in %.
  const m = subject.match
  if (m && (role === 'growth' || role === 'target' || role === 'level')) {
    const entry = m.entry
    const levelOk =
      role === 'level' &&
      unitKind(unit, q.unitText) === entry.levelKind &&
      !(entry.levelKind === 'percent' && growth)
    const rateOk =
      (role === 'growth' || role === 'target') && isRate && (entry.levelKind !== 'percent' || Boolean(growth))
    const rateLevel = entry.levelKind === 'percent' && isRate && !growth
    // A level the plan aims at (粮食产量稳定在48万吨以上) is a plan target of that indicator, not its growth target.
    const levelTarget =
      role === 'target' && !growth && !isRate && unitKind(unit, q.unitText) === entry.levelKind
    if (levelOk || rateOk || rateLevel || levelTarget) {
      const finalRole = rateLevel ? (plan ? 'target' : 'level') : role
      const conf = (m.loose ? 0.45 : subject.inherited ? 0.85 : 0.9) - (s.inTargets || !plan ? 0 : 0.1)
      const label =
        finalRole === 'level'
          ? entry.zh
          : `${entry.zh}${finalRole === 'target' ? '增长目标' : growth?.word === '增速' ? '增速' : '增长'}`
      return {
        ...base,
        kind: 'indicator',
        role: finalRole,
        indicatorId: entry.id,
        labelZh: rateLevel || levelTarget ? `${entry.zh}${plan ? '目标' : ''}` : label,
        confidence: conf,
        why: `${ctx.why}; catalog ${entry.id} via ${m.text}${m.loose ? ' (loose synonym)' : ''}`,
      }
    }
  }
  if (subject.pipeline && !growth) {
    return {
      ...base,
      kind: plan ? 'plan-target' : 'pipeline-count',
      role: plan ? 'target' : 'level',
      stage: subject.pipeline.stage,
      labelZh: subject.text.includes('项目') ? subject.text : `${subject.pipeline.text}项目`,
      confidence: Math.max(ctx.confidence, 0.8),
      why: `${ctx.why}; project count at stage ${subject.pipeline.text}`,
    }
  }
  const carryPipeline = ctx.carry?.pipeline
  if (
    carryPipeline &&
    !plan &&
    PIPELINE_INVESTMENT.test(subject.text) &&
    unitKind(unit, q.unitText) === 'money'
  ) {
    return {
      ...base,
      kind: 'pipeline-investment',
      role: 'level',
      stage: carryPipeline.stage,
      labelZh: `${carryPipeline.text}项目${subject.text}`,
      confidence: 0.8,
      why: `${ctx.why}; investment of the project count before it`,
    }
  }
  const period =
    !plan &&
    !growth &&
    (STOCK.test(subject.text) || (peeled.verb === '达到' && !/^年|年度/.test(subject.text)))
      ? 'to-date'
      : base.period
  return {
    ...base,
    period,
    kind: plan ? 'plan-target' : 'metric',
    role,
    labelZh: subject.labelText ?? growthWordLabel(subject.text),
  }
}
