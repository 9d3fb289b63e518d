import type { Fact, Report, Sector, Stage } from '@/lib/dataset/schema'
import type { Draft } from '@/lib/ingest/types'

// The draft's facts as the reviewer sees them: one entry per thing to accept, edit or reject. An
// indicator is one entry (its level, growth and target stand or fall together: the schema needs the
// growth and the target); a pipeline stage is its count with its investment; a project its name,
// sector, stage and investment.

export type EntryKind = 'indicator' | 'metric' | 'target' | 'pipeline' | 'project'

export type Entry = {
  key: string
  kind: EntryKind
  label: { zh: string; en: string }
  /** The stated numbers of the entry (a project's investment as a fact-like figure), in order. */
  facts: Fact[]
  /** The item ids the entry's numbers go by in the review's token accounts. */
  itemIds: string[]
  quote: string
  confidence: number
  /** Projects only. */
  project?: { sector: Sector; stage: Stage; stageText: string; sectorStated: boolean }
}

export const ENTRY_KINDS: readonly EntryKind[] = ['indicator', 'metric', 'target', 'pipeline', 'project']

export function reviewEntries({ report, review }: Draft): Entry[] {
  const conf = (id: string) => review.confidence[id] ?? 0.5
  const min = (ids: string[]) => Math.min(...ids.map(conf))
  const out: Entry[] = []
  for (const ind of report.indicators) {
    const facts = [ind.actual, ind.growth, ind.target].filter((f): f is Fact => Boolean(f))
    const ids = facts.map((f) => f.id)
    out.push({
      key: `indicator:${ind.id}`,
      kind: 'indicator',
      label: ind.label,
      facts,
      itemIds: ids,
      quote: ind.growth.quote,
      confidence: min(ids),
    })
  }
  for (const m of report.metrics) out.push(single('metric', m, conf(m.id)))
  for (const t of report.plan.targets) out.push(single('target', t, conf(t.id)))
  for (const p of report.pipeline) {
    const facts = [p.count, p.investment].filter((f): f is Fact => Boolean(f))
    const ids = facts.map((f) => f.id)
    out.push({
      key: `pipeline:${p.stage}`,
      kind: 'pipeline',
      label: p.count.label,
      facts,
      itemIds: ids,
      quote: p.count.quote,
      confidence: min(ids),
    })
  }
  for (const p of report.projects) {
    const investment: Fact[] = p.investment
      ? [
          {
            id: p.id,
            label: p.name,
            value: p.investment.value,
            unit: p.investment.unit,
            period: 'to-date',
            sectionId: p.sectionId,
            quote: p.quote,
          },
        ]
      : []
    out.push({
      key: `project:${p.id}`,
      kind: 'project',
      label: p.name,
      facts: investment,
      itemIds: [p.id],
      quote: p.quote,
      confidence: conf(p.id),
      project: { sector: p.sector, stage: p.stage, stageText: p.stageText, sectorStated: p.sectorStated },
    })
  }
  return out
}

function single(kind: EntryKind, f: Fact, confidence: number): Entry {
  return {
    key: `${kind}:${f.id}`,
    kind,
    label: f.label,
    facts: [f],
    itemIds: [f.id],
    quote: f.quote,
    confidence,
  }
}

export type { Report }
