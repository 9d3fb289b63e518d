import { describe, expect, it } from 'vitest'
import { reportJson } from '@/testing/fixtures'
import { NO_FILTERS, projectsSpec } from '../model/filter-spec'
import { OPAQUE_FILTERS, ROW_FACETS, rowFacets } from '../model/first-paint'
import { prepareRows } from '../model/rows'

// What the early script may do with a link's filters before the app runs (src/app/__tests__/early-view.test.ts
// proves it keeps the app's rows). These hold the two lists to the explorer's own filters, so a filter
// added to the explorer cannot be forgotten by the first paint.

describe('the first paint of a filtered list', () => {
  it('answers from the rows, or leaves to the app, every filter of the explorer', () => {
    // `unstated` only says what a range does with projects of no stated investment: a range is opaque.
    const sorted = (keys: readonly string[]) => [...keys].sort()
    expect(sorted([...Object.keys(ROW_FACETS), ...OPAQUE_FILTERS, 'unstated'])).toEqual(
      sorted(Object.keys(NO_FILTERS)),
    )
  })

  it("takes for each facet exactly the values the app's URL takes as a filter", () => {
    for (const [name, values] of Object.entries(ROW_FACETS)) {
      const codec = projectsSpec[name as keyof typeof ROW_FACETS]
      for (const v of values) expect(codec.parse([v]), `${name}=${v}`).not.toBeUndefined()
      expect(codec.parse(['mars']), name).toBeUndefined()
      // The default (every project) is no facet: a basis of "any" filters nothing.
      expect(values).not.toContain(codec.fallback as never)
    }
  })

  it("names every row's sector, stage and where each came from", () => {
    const rows = prepareRows(reportJson())
    const inferred = rows.find((r) => !r.project.stageStated)
    expect(inferred && rowFacets(inferred)).toBe(
      `sector:${inferred?.project.sector} stage:${inferred?.project.stage} sectorBasis:${inferred?.project.sectorStated ? 'stated' : 'inferred'} stageBasis:inferred`,
    )
    for (const r of rows) expect(rowFacets(r).split(' ')).toHaveLength(Object.keys(ROW_FACETS).length)
  })
})
