import type { Derived, Fact } from '@/lib/dataset/schema'
import type { Sector } from '@/lib/dataset/taxonomy'
import type { BoardRow } from '@/lib/monitoring/board'
import type { IndicatorRow } from '@/lib/report-model'
import { biggestStretch } from '@/lib/report-model/indicators'
import type { AreaFigure, Slide } from './slides'

// Each slide's headline states its takeaway, computed from the slide's own figures by a written
// rule (never typed): the component words it and draws each number through FactFigure/DerivedFigure,
// so a headline's number is the figure's, with its source. A slide with nothing to conclude gets
// none (its title stands).

export type Headline =
  /** The first indicator with a level, and how many targets ask for more than last year's growth. */
  | { key: 'kpis'; lead: IndicatorRow & { actual: Fact }; above: number; total: number }
  /** The largest stretch (target − last growth) and the indicators whose target is below last growth. */
  | { key: 'targets'; top: IndicatorRow & { gap: Derived }; below: IndicatorRow[] }
  | { key: 'monitor'; red: number; yellow: number; worst: BoardRow | null }
  | { key: 'monitorOk'; green: number }
  /** The construction total and its largest stated part; the signing chain when there is one. */
  | {
      key: 'projects'
      started: Fact | null
      part: { fact: Fact; stage: string } | null
      signed: Fact | null
      landed: Fact | null
    }
  | { key: 'ledger'; red: number; total: number; lowest: { sector: Sector | ''; completion: number } | null }
  /** An area: its signing chain, else its largest amount in 亿元, else its first figure; and its count. */
  | { key: 'area'; lead: AreaFigure; second: AreaFigure | null; figures: number; projects: number }
  | { key: 'problems'; count: number }
  | { key: 'tasks'; count: number; truncated: boolean }

const value = (f: AreaFigure) => (f.kind === 'fact' ? f.item.fact.value : f.item.value)
const unit = (f: AreaFigure) => (f.kind === 'fact' ? f.item.fact.unit : f.item.unit)
const factId = (f: AreaFigure) => (f.kind === 'fact' ? f.item.fact.id : '')

function areaHeadline(slide: Extract<Slide, { kind: 'area' }>, stages: Set<string>): Headline | null {
  const figures = slide.figures
  if (!figures.length) return null
  // The report's own pipeline counts lead where the area has them (签约75个 → 落地38个).
  const chain = figures.filter((f) => stages.has(factId(f)))
  const money = figures
    .filter((f) => f.kind === 'fact' && unit(f) === '亿元')
    .sort((a, b) => value(b) - value(a))
  const first = figures[0] as AreaFigure
  const [lead, second] =
    chain.length >= 2 ? [chain[0] as AreaFigure, chain[1] as AreaFigure] : [money[0] ?? first, null]
  return {
    key: 'area',
    lead,
    second: second ?? null,
    figures: figures.length,
    projects: slide.projects.length,
  }
}

/** The headline of a slide, or null where the title says it all (the title slide). */
export function slideHeadline(slide: Slide): Headline | null {
  switch (slide.kind) {
    case 'title':
      return null
    case 'kpis': {
      const lead = slide.rows.find((r): r is IndicatorRow & { actual: Fact } => Boolean(r.actual))
      if (!lead) return null
      const above = slide.rows.filter((r) => r.target.value > r.growth.value).length
      return { key: 'kpis', lead, above, total: slide.rows.length }
    }
    case 'targets': {
      const top = biggestStretch(slide.rows.filter((r) => r.gap))
      if (!top?.gap) return null
      const below = slide.rows.filter((r) => r.target.value < r.growth.value)
      return { key: 'targets', top: top as IndicatorRow & { gap: Derived }, below }
    }
    case 'monitor': {
      const { red, yellow, green } = slide.board.counts
      if (!red && !yellow) return { key: 'monitorOk', green }
      return { key: 'monitor', red, yellow, worst: slide.board.behind[0] ?? null }
    }
    case 'projects': {
      const p = slide.pipeline
      const part = [...p.parts].sort((a, b) => b.count.value - a.count.value)[0]
      const [signed, landed] = p.funnel
      if (!p.started && !signed) return null
      return {
        key: 'projects',
        started: p.started?.count ?? null,
        part: part ? { fact: part.count, stage: part.stage } : null,
        signed: signed?.count ?? null,
        landed: landed?.count ?? null,
      }
    }
    case 'ledger': {
      const lowest = [...slide.bySector]
        .filter((b) => Number.isFinite(b.completion))
        .sort((a, b) => a.completion - b.completion)[0]
      const total = slide.counts.red + slide.counts.yellow + slide.counts.green + slide.counts.none
      return {
        key: 'ledger',
        red: slide.counts.red,
        total,
        lowest: lowest ? { sector: lowest.key, completion: lowest.completion } : null,
      }
    }
    case 'area':
      return areaHeadline(slide, new Set(slide.stageFactIds))
    case 'problems':
      return slide.problems.length ? { key: 'problems', count: slide.problems.length } : null
    case 'tasks':
      return slide.tasks.length
        ? { key: 'tasks', count: slide.tasks.length, truncated: Boolean(slide.truncation) }
        : null
  }
}
