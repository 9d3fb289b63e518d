import { describe, expect, it } from 'vitest'
import type { ComparisonRow } from '@/lib/report-model'
import { realReport } from '@/testing/data'
import { areaIndex, stageCounts } from '../model/area-index'
import { figureGroup, groupFigures } from '../model/figure-groups'
import { takeaway } from '../model/takeaway'

const report = realReport()

describe('the Areas index model', () => {
  it('gives a card to every area with a figure or a project, and folds the rest into one row', () => {
    const index = areaIndex(report)
    expect(index.cards).toHaveLength(19)
    expect(index.wordsOnly.map((a) => a.id)).toEqual(['reform'])
    for (const card of index.cards) expect(card.lead.length + card.projectCount).toBeGreaterThan(0)
  })

  it('counts projects by stage group in pipeline order, leaving out empty groups', () => {
    const industry = areaIndex(report).cards.find((c) => c.area.id === 'industry')
    expect(industry?.stages).toEqual([
      { group: 'preparing', count: 1 },
      { group: 'building', count: 1 },
      { group: 'done', count: 6 },
    ])
    expect(stageCounts([])).toEqual([])
  })

  it('counts the figures an area has beyond its lead ones (an economy growth rate goes with its level)', () => {
    const economy = areaIndex(report).cards.find((c) => c.area.id === 'economy')
    expect(economy?.moreFigures).toBe(13 - 6) // 13 figures: 3 levels and their 3 growth rates lead
  })
})

describe('figure groups', () => {
  it('follow from the unit: money, output, works, firms, people, rates', () => {
    expect(['亿元', '万元', '元'].map((u) => figureGroup(u as never))).toEqual(['money', 'money', 'money'])
    expect(figureGroup('兆瓦')).toBe('output')
    expect(figureGroup('公里')).toBe('output')
    expect(figureGroup('处')).toBe('works')
    expect(figureGroup('家')).toBe('firms')
    expect(figureGroup('户主体')).toBe('firms')
    expect(figureGroup('万人')).toBe('people')
    expect(figureGroup('%')).toBe('rates')
  })

  it('keep every figure once, groups in their fixed order, none empty', () => {
    const facts = report.metrics
      .filter((m) => m.areaId === 'livelihood')
      .map((fact) => ({ fact, rate: false }))
    const groups = groupFigures(facts, [])
    expect(groups.map((g) => g.group)).toEqual(['money', 'people', 'rates'])
    expect(groups.flatMap((g) => g.facts).length).toBe(facts.length)
  })
})

describe('a chart’s takeaway', () => {
  const row = (id: string, value: number): ComparisonRow => ({
    id,
    label: { zh: id, en: id },
    value,
    stated: { value, unit: '公里' },
    converted: false,
    quote: id,
  })
  it('names the larger of two, or the largest and smallest of more', () => {
    expect(takeaway([row('a', 160), row('b', 187.7)])).toMatchObject({
      kind: 'two',
      top: { id: 'b' },
      other: { id: 'a' },
    })
    expect(takeaway([row('a', 1), row('b', 3), row('c', 2)])).toMatchObject({
      kind: 'many',
      top: { id: 'b' },
      bottom: { id: 'a' },
    })
  })
  it('says nothing when the largest is tied or there is one bar', () => {
    expect(takeaway([row('a', 2), row('b', 2)])).toBeNull()
    expect(takeaway([row('a', 2)])).toBeNull()
  })
})
