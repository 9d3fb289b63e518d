import { decisionsOf } from '@/lib/ingest/decisions/from-report'
import type { Decisions, DraftRef, FactDecision } from '@/lib/ingest/decisions/schema'
import type { Draft } from '@/lib/ingest/types'
import type { Entry } from './entries'
import { applyReview, type Decision, REJECTED_REASON, type ReviewState } from './review'

// The review on this screen, as the decisions file data/decisions holds (src/lib/ingest/decisions):
// exported, it makes the reviewed report again from the text (`npm run dataset`); imported, it brings
// back what this screen edits (accepted and rejected entries, names, numbers, sectors, stages, figures
// dismissed as not figures, the report's id, title and place). What the screen does not edit (ids,
// areas, wider quotes) stays in the file; decisions that find no drafted item are counted, not guessed.

export function exportDecisions(draft: Draft, entries: Entry[], state: ReviewState): Decisions {
  return decisionsOf(draft.report, applyReview(draft, entries, state), REJECTED_REASON)
}

export type Imported = { state: ReviewState; applied: number; unmatched: number }

const refKey = (r: DraftRef) => `${r.value}\u0000${r.quote}`

export function importDecisions(decisions: Decisions, draft: Draft, entries: Entry[]): Imported {
  // Each drafted figure (and project) by what a decision calls it, to the entry it belongs to.
  const entryOfFact = new Map<string, { entry: Entry; id: string }>()
  for (const e of entries)
    if (e.kind !== 'project')
      for (const f of e.facts)
        entryOfFact.set(refKey({ quote: f.quote, value: f.value }), { entry: e, id: f.id })
  const projectEntry = new Map(
    draft.report.projects.map((p) => [p.name.zh, entries.find((e) => e.key === `project:${p.id}`)]),
  )
  const out: Record<string, Decision> = {}
  let applied = 0
  let unmatched = 0
  const decide = (key: string, patch: Decision) => {
    const before = out[key]
    out[key] = { ...before, ...patch, values: { ...before?.values, ...patch.values } }
    applied++
  }
  const fact = (d: FactDecision | undefined, label?: Decision['label']) => {
    const hit = d?.from && entryOfFact.get(refKey(d.from))
    if (!d) return
    if (!hit) {
      unmatched++
      return
    }
    decide(hit.entry.key, {
      status: 'accepted',
      ...(label ? { label } : {}),
      ...(d.value !== undefined ? { values: { [hit.id]: d.value } } : {}),
    })
  }
  for (const i of decisions.indicators) for (const f of [i.actual, i.growth, i.target]) fact(f, i.label)
  for (const m of [...decisions.metrics, ...decisions.plan.targets]) fact(m, m.label)
  for (const p of decisions.pipeline) for (const f of [p.count, p.investment]) fact(f, p.count.label)
  for (const p of decisions.projects) {
    const entry = p.from ? projectEntry.get(p.from) : undefined
    if (!entry) unmatched++
    else
      decide(entry.key, {
        status: 'accepted',
        label: p.name,
        sector: p.sector,
        stage: p.stage,
        ...(p.investment !== undefined ? { values: { [entry.itemIds[0] ?? '']: p.investment } } : {}),
      })
  }
  for (const r of decisions.rejected.facts) {
    const hit = entryOfFact.get(refKey(r.from))
    if (hit) decide(hit.entry.key, { status: 'rejected' })
    else unmatched++
  }
  for (const r of decisions.rejected.projects) {
    const entry = projectEntry.get(r.from)
    if (entry) decide(entry.key, { status: 'rejected' })
    else unmatched++
  }
  const dismissed: ReviewState['dismissed'] = {}
  for (const a of draft.review.accounts)
    if (a.status === 'unplaced') {
      const nm = decisions.nonMetrics.find((n) => n.token === a.text && n.quote === a.quote)
      if (nm) dismissed[a.span[0]] = nm.reason
    }
  const { id, title, county, province, year } = decisions.report
  return {
    state: { decisions: out, dismissed, meta: { id, title, county, province, year } },
    applied,
    unmatched,
  }
}
