import { describe, expect, it } from 'vitest'
import { SECTORS, STAGES } from '@/lib/dataset/taxonomy'
import { reportJson } from '@/testing/fixtures'
import { BASES, isFiltered, NO_FILTERS, projectsSpec } from '../model/filter-spec'
import { OPAQUE_FILTERS, ROW_FACETS, rowFacets, SINGLE_FACETS } from '../model/first-paint'
import { prepareRows } from '../model/rows'

// What the early script may do with a link's filters before the app runs (src/app/__tests__/early-view.test.tsx
// proves it keeps the app's rows). These hold the two lists to the explorer's own filters, so a filter
// added to the explorer cannot be forgotten by the first paint.

describe('the first paint of a filtered list', () => {
  it('answers from the rows, or leaves to the app, every filter of the explorer', () => {
    // `unstated` only says what a range does with projects of no stated investment: a range is opaque.
    const sorted = (keys: readonly string[]) => [...keys].sort()
    const answered = [...Object.keys(ROW_FACETS), ...Object.keys(OPAQUE_FILTERS), 'unstated']
    expect(sorted(answered)).toEqual(sorted(Object.keys(NO_FILTERS)))
  })

  it("takes for each facet exactly the values the app's URL takes as a filter", () => {
    expect(ROW_FACETS.sector).toEqual(SECTORS)
    expect(ROW_FACETS.stage).toEqual(STAGES)
    for (const name of ['sectorBasis', 'stageBasis'] as const) {
      // Every basis but the default, which filters nothing; one value, once (a second voids it).
      expect([...ROW_FACETS[name], projectsSpec[name].fallback].sort()).toEqual([...BASES].sort())
      expect(SINGLE_FACETS).toContain(name)
      expect(projectsSpec[name].parse(['stated', 'stated'])).toBeUndefined()
    }
    expect(SINGLE_FACETS).not.toContain('sector')
    expect(projectsSpec.sector.parse(['energy,urban', 'digital'])).toEqual(['energy', 'urban', 'digital'])
  })

  it('reads a search or a range no more loosely than the app: what it takes, the app takes', () => {
    const samples = [
      '0',
      '1',
      '2.5',
      '99999.999999',
      '100000',
      '100000.0',
      '100001',
      '-1',
      '1e3',
      'abc',
      '',
      ' ',
      '0001.5',
      '1.1234567',
      '园区',
      'a'.repeat(100),
      'a'.repeat(101),
      ' x ',
    ]
    for (const [name, form] of Object.entries(OPAQUE_FILTERS)) {
      const codec = projectsSpec[name as keyof typeof OPAQUE_FILTERS]
      for (const v of samples) {
        if (!new RegExp(form).test(v)) continue
        const value = codec.parse([v])
        expect(value, `${name}=${v}`).not.toBeUndefined()
        expect(isFiltered({ ...NO_FILTERS, [name]: value }), `${name}=${v}`).toBe(true)
      }
    }
    // And it takes the usual ones.
    expect(['1', '2.5', '100000'].every((v) => new RegExp(OPAQUE_FILTERS.min).test(v))).toBe(true)
    expect(new RegExp(OPAQUE_FILTERS.q).test('园区')).toBe(true)
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
