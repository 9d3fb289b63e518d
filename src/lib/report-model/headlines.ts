import type { Fact, Report } from '../dataset/schema'
import { type Route, routes } from '../routes/routes'
import { factIndex, type PeriodTag, periodTag } from './facts'
import { perReport } from './per-report'

/** The counts beside the indicator cards: which facts (by id) each tile shows, and where it links. */
export const HEADLINES = [
  { key: 'investment', factIds: ['projects-signed', 'projects-landed'], href: routes.projects() },
  {
    key: 'construction',
    factIds: ['projects-started', 'projects-started-investment'],
    href: routes.projects(),
  },
  {
    key: 'marketEntities',
    factIds: ['new-market-entities', 'market-entities-target-2023'],
    href: routes.targets(),
  },
  { key: 'cleanEnergy', factIds: ['clean-energy-capacity'] },
  { key: 'funds', factIds: ['out-of-province-funds'] },
] as const satisfies readonly { key: string; factIds: readonly string[]; href?: Route }[]

export type HeadlineKey = (typeof HEADLINES)[number]['key']
export type HeadlineItem = { fact: Fact; period: PeriodTag }
export type HeadlineTile = { key: HeadlineKey; items: HeadlineItem[]; href?: Route }

/**
 * The headline tiles this report can fill. A fact id the report lacks (another county, another year)
 * is left out rather than shown as zero; a tile with nothing left is dropped.
 */
export function headlineTiles(report: Report): HeadlineTile[] {
  const facts = factIndex(report)
  const tiles: HeadlineTile[] = []
  for (const h of HEADLINES) {
    const items: HeadlineItem[] = []
    for (const id of h.factIds) {
      const fact = facts.get(id)
      if (fact) items.push({ fact, period: periodTag(fact, report) })
    }
    if (items.length) tiles.push({ key: h.key, items, ...('href' in h ? { href: h.href } : {}) })
  }
  return tiles
}

/** The headline tiles of a report, computed once (the report model's `headlines`). */
export const headlinesOf = perReport(headlineTiles)
