import { type Report, SCHEMA_VERSION } from '../dataset/schema'
import { accountTokens } from './accounts'
import { assembleFacts } from './assemble-facts'
import { areaRegistry, assemblePlan, assembleProblems, assembleSections } from './assemble-outline'
import { assembleProjects, linkPipeline } from './assemble-projects'
import { zhLabel } from './label-text'
import { type CharConverter, normalise } from './normalise'
import { periodWarning } from './periods'
import { quoteOf } from './quotes'
import { readText } from './read'
import type { Token } from './tokens'
import { loadTraditionalConverter, looksTraditional } from './traditional'
import type { Draft, DraftReview } from './types'

// One code path from text to draft, for the CLI and the app: normalise, read, assemble. The draft's
// report passes parseReport; its review says what a person must still look at.

export type IngestOptions = {
  id?: string // report id (lower-case kebab); default draft-<year>
  county?: { zh: string; en?: string }
  province?: { zh: string; en?: string }
  year?: number // plan year of a work report, data year of a 公报 or brief; default from the title
  textFile?: string // the text file beside report.json; default report.txt
}

/** The draft of a report text. Loads the traditional-character converter only if the text needs it. */
export async function ingestText(text: string, options: IngestOptions = {}): Promise<Draft> {
  const convert = looksTraditional(text) ? await loadTraditionalConverter() : undefined
  return ingestWith(text, options, convert)
}

/** The synchronous core, with the converter (if any) already loaded. */
export function ingestWith(text: string, options: IngestOptions = {}, convert?: CharConverter): Draft {
  const norm = normalise(text, convert)
  if (Array.from(norm.text.replace(/\s/g, '')).length < 2)
    throw new Error('the text is empty (or a single character)')
  const reading = readText(norm)
  const { doc } = reading
  // A report needs at least one section with a heading to quote: say so rather than draft nothing.
  if (!doc.sections.length) throw new Error('the text holds no report: it is empty or only a notice or link')
  const year = options.year ?? doc.year ?? 0
  // A work report of year Y reviews Y−1 and plans Y; a 公报 or brief reports its own year; a title with
  // two years (2023年预算执行情况和2024年预算草案) says both.
  const titled =
    doc.years && !options.year ? { review: Math.min(...doc.years), plan: Math.max(...doc.years) } : undefined
  const years =
    titled ??
    (doc.docType === 'work-report' || doc.docType === 'unknown'
      ? { review: year - 1, plan: year }
      : { review: year, plan: year + (doc.docType === 'statistical-bulletin' ? 1 : 0) })
  const draftLabels: DraftReview['draftLabels'] = []
  const draft = (path: string, text: string) => {
    const zh = zhLabel(text)
    draftLabels.push({ path, zh })
    return { zh, en: zh }
  }
  const ids = new Set<string>(doc.sections.flatMap((s) => [s.id, ...s.topics.map((t) => t.id)]))
  const claim = (base: string) => {
    let id = base
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`
    ids.add(id)
    return id
  }
  const areas = areaRegistry(doc, draft)
  const facts = assembleFacts(reading.findings, { norm, years, claim, areaOf: areas.areaOf })
  facts.metrics.forEach((m, i) => {
    if (m.label.en === m.label.zh) draftLabels.push({ path: `metrics[${i}].label`, zh: m.label.zh })
  })
  facts.targets.forEach((t, i) => {
    if (t.label.en === t.label.zh) draftLabels.push({ path: `plan.targets[${i}].label`, zh: t.label.zh })
  })
  const projects = assembleProjects(reading.projects, {
    norm,
    areaOf: areas.areaOf,
    draftName: (i, zh) => draft(`projects[${i}].name`, zh),
  })
  const inReport = new Set(projects.projects.map((p) => p.id))
  linkPipeline(facts.pipeline, reading.projects, projects.idOf, inReport)

  const placed = new Map<Token, string>()
  for (const { finding, id } of facts.placedFacts) for (const t of finding.q.tokens) placed.set(t, id)
  const held = new Map<Token, { id: string; reason: string }>()
  facts.items.forEach((item, i) => {
    const f = reading.findings[i]
    if (f && !item.inReport)
      for (const t of f.q.tokens)
        if (!placed.has(t)) held.set(t, { id: item.id, reason: item.notInReport ?? 'not placed' })
  })
  for (const p of reading.projects) {
    const id = projects.idOf.get(p)
    if (!p.investmentQ || !id) continue
    for (const t of p.investmentQ.tokens)
      if (inReport.has(id)) placed.set(t, id)
      else held.set(t, { id, reason: 'the investment of a project the plan names (not in the report)' })
  }
  const { accounts, nonMetrics } = accountTokens({
    norm,
    doc,
    tokens: reading.tokens,
    nonMetric: reading.nonMetric,
    quantities: reading.quantities,
    placed,
    held,
    rejected: reading.rejected,
  })

  const county = options.county ?? (doc.place ? { zh: doc.place } : undefined)
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? `draft-${year || 'undated'}`,
    county: county ? { zh: county.zh, en: county.en ?? county.zh } : { zh: '未注明', en: 'not stated' },
    province: options.province
      ? { zh: options.province.zh, en: options.province.en ?? options.province.zh }
      : { zh: '未注明', en: 'not stated' },
    year,
    title: draft('title', doc.title || '未命名报告'),
    textFile: options.textFile ?? 'report.txt',
    sections: assembleSections(doc, norm, draft),
    areas: [],
    indicators: facts.indicators,
    metrics: facts.metrics,
    projects: projects.projects,
    pipeline: facts.pipeline.map((p) => p.stage),
    problems: assembleProblems(reading.problems, norm, draft),
    plan: { targets: facts.targets, ...assemblePlan(reading.tasks, reading.truncation, norm, draft) },
    derived: [],
    nonMetrics,
  }
  report.areas = areas.areas()

  const warnings = [
    periodWarning(years),
    year ? undefined : 'no year found in the title: pass the year',
    county && !county.en
      ? 'the county has no English name yet'
      : !county
        ? 'no county or city found in the title'
        : undefined,
    options.province ? undefined : 'the province is not stated: pass it',
    ...lostQualifiers(facts.items),
  ].filter((w): w is string => Boolean(w))
  const confidence: Record<string, number> = {}
  for (const item of facts.items) if (item.inReport) confidence[item.id] = item.confidence
  for (const p of projects.drafts) if (p.inReport) confidence[p.id] = p.confidence
  const unplaced = accounts.filter((a) => a.status === 'unplaced')
  const review: DraftReview = {
    docType: doc.docType,
    title: doc.title,
    ...(doc.place ? { place: doc.place } : {}),
    years,
    items: facts.items,
    projects: projects.drafts,
    qualitativeTargets: reading.qualitative.map((q) => ({
      subject: q.subject,
      indicatorIds: q.indicatorIds,
      text: q.text,
      quote: quoteOf(norm, q.span[0], q.span[1]).quote,
      confidence: q.confidence,
    })),
    tokens: {
      total: accounts.length,
      placed: accounts.filter((a) => a.status === 'placed').length,
      nonMetric: accounts.filter((a) => a.status === 'non-metric').length,
      unplaced: unplaced.length,
    },
    unplaced,
    accounts,
    rejected: reading.rejected.map((r) => ({
      what: norm.original.slice(...quoteOf(norm, r.q.start, r.q.end).span),
      quote: quoteOf(norm, ...clauseOf(norm.text, r.q.start, r.q.end)).quote,
      reason: r.reason,
    })),
    normalised: [
      ...norm.changes,
      ...doc.excluded.map((x) => ({
        kind: 'excluded-line' as const,
        count: 1,
        examples: [
          {
            original: quoteOf(norm, x.start, x.end).quote,
            normalised: '',
            at: quoteOf(norm, x.start, x.end).span[0],
          },
        ],
      })),
    ],
    draftLabels,
    warnings,
    confidence,
  }
  return { report, review }
}

function clauseOf(text: string, start: number, end: number): [number, number] {
  let s = start
  while (s > 0 && !/[,;。\n]/.test(text[s - 1] ?? '')) s--
  let e = end
  while (e < text.length && !/[,;。\n]/.test(text[e] ?? '')) e++
  return [s, e]
}

function lostQualifiers(items: DraftReview['items']): string[] {
  const lost = items.filter(
    (i) => i.inReport && (i.qualifier === 'about' || i.qualifier === 'nearly' || i.qualifier === 'more-than'),
  )
  const ranges = items.filter((i) => i.inReport && i.range)
  return [
    lost.length
      ? `${lost.length} figure(s) qualified 左右/约/近/超过/突破 in the text: the schema has no such qualifier, the report shows the bare number (${lost.map((i) => i.id).join(', ')})`
      : '',
    ranges.length
      ? `${ranges.length} range(s) kept as their low end with 'at-least': the schema has no range (${ranges.map((i) => i.id).join(', ')})`
      : '',
  ].filter(Boolean)
}
