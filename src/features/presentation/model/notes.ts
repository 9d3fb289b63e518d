import type { Derived, Fact, LabelText } from '@/lib/dataset/schema'
import type { Slide } from './slides'

// What the presenter can say about a slide and where each number comes from: the slide's stated
// figures with their verbatim quotes, its derived figures with their formulas, its passages (a
// problem, a task). The same list is the sources overlay (S) and the presenter view's notes, so the
// two never disagree. Pure: built from the Slide alone.

export type NoteEntry =
  | { kind: 'fact'; id: string; label: LabelText; fact: Fact; rate: boolean }
  | { kind: 'derived'; id: string; label: LabelText | undefined; item: Derived }
  | { kind: 'passage'; id: string; label: LabelText; quote: string }
  /** A figure the user brought (monitoring, ledger): it names its file, not a quote. */
  | { kind: 'user'; id: string; text: string }

const fact = (f: Fact, rate = false, label: LabelText = f.label): NoteEntry => ({
  kind: 'fact',
  id: f.id,
  label,
  fact: f,
  rate,
})
const derived = (d: Derived): NoteEntry => ({ kind: 'derived', id: d.id, label: d.label, item: d })

/** Each entry once (a figure shown twice on a slide is one source). */
function unique(entries: NoteEntry[]): NoteEntry[] {
  const byId = new Map<string, NoteEntry>()
  for (const e of entries) if (!byId.has(e.id)) byId.set(e.id, e)
  return [...byId.values()]
}

export function slideNotes(slide: Slide): NoteEntry[] {
  switch (slide.kind) {
    case 'title':
      return []
    case 'kpis':
    case 'targets':
      return unique(
        slide.rows.flatMap((r) => [
          ...(r.actual ? [fact(r.actual, false, r.label)] : []),
          fact(r.growth, true),
          fact(r.target, true),
          ...(r.gap ? [derived(r.gap)] : []),
        ]),
      )
    case 'projects':
      return unique([
        ...slide.pipeline.stages.flatMap((s) => [
          fact(s.count),
          ...(s.investment ? [fact(s.investment)] : []),
        ]),
        ...(slide.pipeline.rest ? [derived(slide.pipeline.rest)] : []),
      ])
    case 'area':
      return unique([
        ...slide.figures.map((f) => (f.kind === 'fact' ? fact(f.item.fact, f.item.rate) : derived(f.item))),
        ...slide.projects.map(
          (p): NoteEntry => ({ kind: 'passage', id: p.id, label: p.name, quote: p.quote }),
        ),
      ])
    case 'problems':
      return slide.problems.map((p) => ({ kind: 'passage', id: p.id, label: p.text, quote: p.quote }))
    case 'tasks':
      return slide.tasks.map((t) => ({ kind: 'passage', id: t.id, label: t.title, quote: t.quote }))
    case 'monitor':
      return slide.board.rows.flatMap((r) =>
        r.latest?.source
          ? [{ kind: 'user' as const, id: r.target.id, text: sourceText(r.latest.source) }]
          : [],
      )
    case 'ledger':
      return [{ kind: 'user', id: 'ledger', text: `${slide.file} · ${slide.asOf}` }]
  }
}

function sourceText(source: unknown): string {
  if (source && typeof source === 'object') {
    const s = source as Record<string, unknown>
    return [s.file, s.sheet, s.row].filter((v) => v !== undefined && v !== null && v !== '').join(' · ')
  }
  return String(source ?? '')
}
