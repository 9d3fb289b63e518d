import { SECTORS, STAGES } from '@/lib/dataset/taxonomy'
import type { ProjectsSpec } from './filter-spec'
import type { Row } from './rows'

// A shared link to a filtered list (#/projects?sector=energy&stage=signed) paints the prerendered
// Projects screen before the app runs (src/app/prerender/README.md). The early script can show only
// the link's rows from that first paint: each row of the list names its facets (`data-facets`), and
// the link's facet filters become one CSS rule that leaves the others out of the page. A row left out
// that way never enters the layout, so the app, applying the same filters, removes it for nothing.
// Until it has, the counts the list states (`data-follows-query`) are kept blank: they are the whole
// list's. This file says which filters the script may answer so; the app decides the rest.

/** The filters a row's facets answer, each with the values a link may give it (as the app parses them). */
export const ROW_FACETS = {
  sector: SECTORS,
  stage: STAGES,
  sectorBasis: ['stated', 'inferred'],
  stageBasis: ['stated', 'inferred'],
} as const satisfies Partial<Record<keyof ProjectsSpec, readonly string[]>>

/** Filters that a row's facets cannot answer (a range, a search): with one in a link, no row is shown until the app has filtered. */
export const OPAQUE_FILTERS = ['min', 'max', 'q'] as const satisfies readonly (keyof ProjectsSpec)[]

/** A row's facets, as `data-facets` says them: `sector:energy stage:signed sectorBasis:stated …`. */
export function rowFacets({ project: p }: Row): string {
  const basis = (stated: boolean) => (stated ? 'stated' : 'inferred')
  return `sector:${p.sector} stage:${p.stage} sectorBasis:${basis(p.sectorStated)} stageBasis:${basis(p.stageStated)}`
}
