import { SECTORS, STAGES } from '@/lib/dataset/taxonomy'
import { BASES, type ProjectsSpec } from './filter-spec'
import type { Row } from './rows'

// A shared link to a filtered list (#/projects?sector=energy&stage=signed) paints the prerendered
// Projects screen before the app runs (src/app/prerender/README.md). The early script can show only
// the link's rows from that first paint: each row of the list names its facets (`data-facets`), and
// the link's facet filters become one CSS rule that leaves the others out of the page. A row left out
// that way never enters the layout, so the app, applying the same filters, removes it for nothing.
// Until it has, what the whole list's numbers say is not shown (`data-follows-query`: the counts blank
// in their room, the chips' counts, the charts and the totals left out). This file says which filters
// the script may answer, and how it reads them: never more loosely than the app's URL does
// (src/lib/routes/params.ts), so it never hides a row the app keeps; where in doubt it leaves the
// rows to the app.

/** Where a project's sector or stage came from: the report names it, or we inferred it ("any": either). */
const BASES_NAMED = BASES.filter((b) => b !== 'any')

/**
 * The filters a row's facets answer, each with the values a link may give it. A list filter takes
 * several, comma-separated (`sector=energy,urban`); the others exactly one (SINGLE_FACETS).
 */
export const ROW_FACETS = {
  sector: SECTORS,
  stage: STAGES,
  sectorBasis: BASES_NAMED,
  stageBasis: BASES_NAMED,
} as const satisfies Partial<Record<keyof ProjectsSpec, readonly string[]>>

/** The facets a link gives one value, once (`oneOf` in the URL: a second value voids the filter). */
export const SINGLE_FACETS = [
  'sectorBasis',
  'stageBasis',
] as const satisfies readonly (keyof typeof ROW_FACETS)[]

/** An amount in 亿元 the range takes: 0 to 100,000 (MAX_INVESTMENT), in a stricter form than the URL's. */
const AMOUNT = String.raw`^(\d{1,5}(\.\d{1,6})?|100000(\.0{1,6})?)$`

/**
 * Filters that a row's facets cannot answer (a range, a search): a link with one that the app takes
 * shows no row until the app has filtered. Each with the whole form of a value the app surely takes.
 */
export const OPAQUE_FILTERS = {
  min: AMOUNT,
  max: AMOUNT,
  // Words to search for: at most 100 characters, not only spaces.
  q: String.raw`^(?=[\s\S]*\S)[\s\S]{1,100}$`,
} as const satisfies Partial<Record<keyof ProjectsSpec, string>>

/** A row's facets, as `data-facets` says them: `sector:energy stage:signed sectorBasis:stated …`. */
export function rowFacets({ project: p }: Row): string {
  const basis = (stated: boolean) => (stated ? 'stated' : 'inferred')
  return `sector:${p.sector} stage:${p.stage} sectorBasis:${basis(p.sectorStated)} stageBasis:${basis(p.stageStated)}`
}
