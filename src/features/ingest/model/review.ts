import type { LabelText, NonMetric, Report, Sector, Stage } from '@/lib/dataset/schema'
import type { Draft, TokenAccount } from '@/lib/ingest/types'
import type { Entry } from './entries'

/** A text read and its draft, as the review starts from. */
export type Loaded = { text: string; draft: Draft; entries: Entry[] }

// What the reviewer decided, and the report it makes. Pure: the screen keeps the state, this turns
// it into a dataset the checks (./checks.ts) and the store judge.

export type Decision = {
  status?: 'accepted' | 'rejected'
  label?: LabelText
  /** Edited numbers by fact id. */
  values?: Record<string, number>
  sector?: Sector
  stage?: Stage
}

export type Meta = {
  id: string
  title: LabelText
  county: LabelText
  province: LabelText
  year: number
}

export type ReviewState = {
  decisions: Record<string, Decision>
  /** Unplaced tokens the reviewer marked as not a figure, by their start offset, with the reason. */
  dismissed: Record<number, string>
  meta: Meta
}

export const REJECTED_REASON = '审阅时判定不是指标（rejected in review）'
export const DISMISSED_REASON = '审阅时判定不是指标（not a figure, per review）'

export function initialMeta({ report }: Draft): Meta {
  return {
    id: /^draft-/.test(report.id) ? `report-${report.year || 'new'}` : report.id,
    title: report.title,
    county: report.county,
    province: report.province,
    year: report.year,
  }
}

export function initialState(draft: Draft): ReviewState {
  return { decisions: {}, dismissed: {}, meta: initialMeta(draft) }
}

/** The ids (token accounts' itemId) of every rejected entry. */
export function rejectedIds(entries: Entry[], decisions: ReviewState['decisions']): Set<string> {
  const out = new Set<string>()
  for (const e of entries)
    if (decisions[e.key]?.status === 'rejected') for (const id of e.itemIds) out.add(id)
  return out
}

/** The token's standing after review: what the marked text shows. */
export type MarkStatus = 'placed' | 'unplaced' | 'rejected' | 'non-metric'

export function markStatus(
  a: TokenAccount,
  rejected: Set<string>,
  dismissed: ReviewState['dismissed'],
): MarkStatus {
  if (a.status === 'placed') return a.itemId && rejected.has(a.itemId) ? 'rejected' : 'placed'
  if (a.status === 'unplaced') return dismissed[a.span[0]] !== undefined ? 'non-metric' : 'unplaced'
  return 'non-metric'
}

const keep = (decisions: ReviewState['decisions'], key: string) => decisions[key]?.status !== 'rejected'
const labelOf = (d: Decision | undefined, l: LabelText) => d?.label ?? l
const editedValue = (d: Decision | undefined, id: string, v: number) => d?.values?.[id] ?? v

/** The report the review makes: rejected entries out (their numbers listed as non-metrics), edits in. */
export function applyReview(draft: Draft, entries: Entry[], state: ReviewState): Report {
  const { decisions, dismissed, meta } = state
  const r = structuredClone(draft.report)
  const fact = <F extends { id: string; value: number }>(f: F, d: Decision | undefined): F => ({
    ...f,
    value: editedValue(d, f.id, f.value),
  })
  r.indicators = r.indicators
    .filter((i) => keep(decisions, `indicator:${i.id}`))
    .map((i) => {
      const d = decisions[`indicator:${i.id}`]
      return {
        ...i,
        label: labelOf(d, i.label),
        ...(i.actual ? { actual: fact(i.actual, d) } : {}),
        growth: fact(i.growth, d),
        target: fact(i.target, d),
      }
    })
  r.metrics = r.metrics
    .filter((m) => keep(decisions, `metric:${m.id}`))
    .map((m) => {
      const d = decisions[`metric:${m.id}`]
      return { ...fact(m, d), label: labelOf(d, m.label) }
    })
  r.plan.targets = r.plan.targets
    .filter((t) => keep(decisions, `target:${t.id}`))
    .map((t) => {
      const d = decisions[`target:${t.id}`]
      return { ...fact(t, d), label: labelOf(d, t.label) }
    })
  r.projects = r.projects
    .filter((p) => keep(decisions, `project:${p.id}`))
    .map((p) => {
      const d = decisions[`project:${p.id}`]
      const value = p.investment ? editedValue(d, p.id, p.investment.value) : undefined
      return {
        ...p,
        name: labelOf(d, p.name),
        sector: d?.sector ?? p.sector,
        stage: d?.stage ?? p.stage,
        ...(p.investment && value !== undefined ? { investment: { ...p.investment, value } } : {}),
      }
    })
  const projectIds = new Set(r.projects.map((p) => p.id))
  r.pipeline = r.pipeline
    .filter((p) => keep(decisions, `pipeline:${p.stage}`))
    .map((p) => {
      const d = decisions[`pipeline:${p.stage}`]
      return {
        ...p,
        count: { ...fact(p.count, d), label: labelOf(d, p.count.label) },
        ...(p.investment ? { investment: fact(p.investment, d) } : {}),
        exampleIds: p.exampleIds.filter((id) => projectIds.has(id)),
      }
    })
  const rejected = rejectedIds(entries, decisions)
  const added: NonMetric[] = []
  for (const a of draft.review.accounts) {
    if (a.status === 'placed' && a.itemId && rejected.has(a.itemId))
      added.push({ token: a.text, reason: REJECTED_REASON, quote: a.quote })
    else if (a.status === 'unplaced' && dismissed[a.span[0]] !== undefined)
      added.push({ token: a.text, reason: dismissed[a.span[0]] || DISMISSED_REASON, quote: a.quote })
  }
  r.nonMetrics = [...r.nonMetrics, ...added]
  r.id = meta.id
  r.title = meta.title
  r.county = meta.county
  r.province = meta.province
  r.year = meta.year
  return r
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const isLabel = (v: unknown): v is LabelText =>
  isObject(v) && typeof v.zh === 'string' && typeof v.en === 'string'

/**
 * A stored review (src/lib/store drafts) put back on the draft made again from its text; what does
 * not have the review's shape (another version's, a hand-edited backup) starts afresh instead.
 */
export function restoredState(draft: Draft, stored: unknown): ReviewState {
  const fresh = initialState(draft)
  if (!isObject(stored)) return fresh
  const { decisions, dismissed, meta } = stored
  const m = isObject(meta) ? meta : {}
  return {
    decisions: isObject(decisions) ? (decisions as ReviewState['decisions']) : fresh.decisions,
    dismissed: isObject(dismissed) ? (dismissed as ReviewState['dismissed']) : fresh.dismissed,
    meta: {
      id: typeof m.id === 'string' ? m.id : fresh.meta.id,
      title: isLabel(m.title) ? m.title : fresh.meta.title,
      county: isLabel(m.county) ? m.county : fresh.meta.county,
      province: isLabel(m.province) ? m.province : fresh.meta.province,
      year: typeof m.year === 'number' ? m.year : fresh.meta.year,
    },
  }
}
