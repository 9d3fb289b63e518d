import { stageLabel } from '../dataset/labels'
import type { Fact, Indicator, Metric, PipelineStage } from '../dataset/schema'
import type { Finding } from './finding'
import { catalogEntry } from './indicator-catalog'
import { zhLabel } from './label-text'
import { type NormalisedText, toOriginal } from './normalise'
import { toSchemaPeriod } from './periods'
import { quoteOf } from './quotes'
import type { DraftItem, DraftQualifier } from './types'

// Findings become the report's facts: complete indicators (growth and target both stated), metrics,
// pipeline counts and plan targets. A finding the schema cannot hold (no schema unit; an indicator
// without its target) still becomes a DraftItem, marked not in the report and why.

export type FactsOut = {
  indicators: Indicator[]
  metrics: Metric[]
  pipeline: { finding: Finding; stage: PipelineStage }[]
  targets: Fact[]
  items: DraftItem[]
  placedFacts: { finding: Finding; id: string }[]
}

type Ctx = {
  norm: NormalisedText
  years: { review: number; plan: number }
  claim: (base: string) => string
  areaOf: (f: { sectionId: string; topicId?: string }) => string
}

const SCHEMA_QUALIFIER: Partial<Record<DraftQualifier, Fact['qualifier']>> = {
  over: 'over',
  'at-least': 'at-least',
  'at-most': 'at-most',
}

const ROLE_EN: Record<string, string> = {
  level: '',
  growth: ', growth',
  target: ', growth target',
  change: ', change',
  'average-growth': ', average annual growth',
}

function labelEn(f: Finding): string | undefined {
  if (f.kind === 'pipeline-count' && f.stage) return `Projects: ${stageLabel(f.stage, 'en').toLowerCase()}`
  if (f.kind === 'pipeline-investment' && f.stage)
    return `Total investment of projects: ${stageLabel(f.stage, 'en').toLowerCase()}`
  const entry = f.indicatorId ? catalogEntry(f.indicatorId) : undefined
  if (!entry) return undefined
  const role = entry.levelKind === 'percent' && f.role === 'target' ? ', target' : (ROLE_EN[f.role] ?? '')
  return `${entry.en}${role}`
}

function factOf(f: Finding, id: string, ctx: Ctx): Fact {
  const { quote } = quoteOf(ctx.norm, f.quote[0], f.quote[1])
  const qualifier = f.range ? 'at-least' : f.qualifier ? SCHEMA_QUALIFIER[f.qualifier] : undefined
  return {
    id,
    label: { zh: zhLabel(f.labelZh), en: labelEn(f) ?? zhLabel(f.labelZh) },
    value: f.value,
    unit: f.unit ?? '个',
    ...(qualifier ? { qualifier } : {}),
    period: toSchemaPeriod(f.period, ctx.years),
    ...(f.estimated ? { estimated: true } : {}),
    sectionId: f.sentence.section.id,
    ...(f.sentence.topic ? { topicId: f.sentence.topic.id } : {}),
    quote,
  }
}

function best(list: Finding[]): Finding | undefined {
  return [...list].sort((a, b) => b.confidence - a.confidence || a.q.start - b.q.start)[0]
}

export function assembleFacts(findings: readonly Finding[], ctx: Ctx): FactsOut {
  const out: FactsOut = { indicators: [], metrics: [], pipeline: [], targets: [], items: [], placedFacts: [] }
  const held = new Map<Finding, string>() // finding → why it is not in the report
  const landed = new Map<Finding, { id: string; kind: DraftItem['kind'] }>()
  // Complete indicators first, in the order the text states them.
  const ids = [...new Set(findings.filter((f) => f.kind === 'indicator').map((f) => f.indicatorId ?? ''))]
  for (const id of ids) {
    const entry = catalogEntry(id)
    const mine = findings.filter((f) => f.kind === 'indicator' && f.indicatorId === id && f.unit)
    const growth = best(mine.filter((f) => f.role === 'growth'))
    const target = best(mine.filter((f) => f.role === 'target' && f.unit === '%'))
    const level = best(mine.filter((f) => f.role === 'level' && f.period !== 'plan'))
    if (!entry || entry.basis === 'none' || !growth || !target) continue
    const facts: Partial<Record<'actual' | 'growth' | 'target', Fact>> = {}
    for (const [key, f] of [
      ['actual', level],
      ['growth', growth],
      ['target', target],
    ] as const) {
      if (!f) continue
      const factId = ctx.claim(`${id}-${key === 'actual' ? 'level' : key}`)
      facts[key] = factOf(f, factId, ctx)
      landed.set(f, { id: factId, kind: 'indicator' })
    }
    out.indicators.push({
      id: ctx.claim(id),
      label: { zh: entry.zh, en: entry.en },
      basis: entry.basis,
      ...(facts.actual ? { actual: facts.actual } : {}),
      growth: facts.growth as Fact,
      target: facts.target as Fact,
    })
  }
  let metricN = 0
  let targetN = 0
  for (const f of findings) {
    if (landed.has(f)) continue
    if (!f.unit) {
      held.set(f, `unit ${f.unitText} is not in the schema's units`)
      continue
    }
    // 三个突破, 两个维护: a small count written in words is more often a slogan than a statistic.
    if (f.q.numeral === 'chinese' && f.value <= 10 && !/^[万亿]/.test(f.unitText)) {
      held.set(f, 'a small number written in words (often a slogan): confirm before adding')
      continue
    }
    const plan = f.period === 'plan'
    if (f.kind === 'pipeline-count' && f.stage) {
      const id = ctx.claim(`pipeline-${f.stage}`)
      const count = factOf(f, `${id}-count`, ctx)
      out.pipeline.push({ finding: f, stage: { stage: f.stage, count, exampleIds: [] } })
      landed.set(f, { id: count.id, kind: 'pipeline-count' })
    } else if (f.kind === 'pipeline-investment') {
      const owner = [...out.pipeline]
        .reverse()
        .find((p) => p.finding.sentence.full === f.sentence.full && !p.stage.investment)
      if (f.unit !== '亿元' && f.unit !== '万元' && f.unit !== '元') held.set(f, 'not an amount of money')
      else if (owner) {
        owner.stage.investment = factOf(
          f,
          ctx.claim(`${owner.stage.count.id.replace(/-count$/, '')}-investment`),
          ctx,
        )
        landed.set(f, { id: owner.stage.investment.id, kind: 'pipeline-investment' })
      } else held.set(f, 'an investment total with no project count before it')
    } else if (plan) {
      const fact = factOf(f, ctx.claim(`plan-target-${++targetN}`), ctx)
      out.targets.push(fact)
      landed.set(f, { id: fact.id, kind: 'plan-target' })
    } else {
      const fact = factOf(f, ctx.claim(`metric-${++metricN}`), ctx)
      const areaId = ctx.areaOf(fact)
      out.metrics.push({ ...fact, areaId })
      landed.set(f, { id: fact.id, kind: 'metric' })
    }
  }
  let candidateN = 0
  for (const f of findings) {
    const got = landed.get(f)
    const entry = f.indicatorId ? catalogEntry(f.indicatorId) : undefined
    const en = labelEn(f)
    const quoted = quoteOf(ctx.norm, f.quote[0], f.quote[1])
    out.items.push({
      id: got?.id ?? `candidate-${++candidateN}`,
      kind: got?.kind ?? f.kind,
      role: f.role,
      ...(f.indicatorId ? { indicatorId: f.indicatorId } : {}),
      ...(entry && entry.basis !== 'none' ? { basis: entry.basis } : {}),
      ...(f.basisStated ? { basisStated: f.basisStated } : {}),
      ...(f.stage ? { stage: f.stage } : {}),
      label: { zh: zhLabel(f.labelZh), ...(en ? { en } : {}) },
      value: f.value,
      unitText: f.unitText,
      unit: f.unit,
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      ...(f.range ? { range: f.range } : {}),
      ...(f.estimated ? { estimated: true } : {}),
      period: f.period,
      sectionId: f.sentence.section.id,
      ...(f.sentence.topic ? { topicId: f.sentence.topic.id } : {}),
      quote: quoted.quote,
      quoteSpan: quoted.span,
      tokens: f.q.tokens.map((t) => toOriginal(ctx.norm, t.start, t.end)),
      confidence: Math.round(f.confidence * 100) / 100,
      why: f.why,
      inReport: Boolean(got),
      ...(got ? {} : { notInReport: held.get(f) ?? 'not placed' }),
    })
    if (got) out.placedFacts.push({ finding: f, id: got.id })
  }
  return out
}
