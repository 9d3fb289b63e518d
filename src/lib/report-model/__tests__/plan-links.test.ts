import { describe, expect, it } from 'vitest'
import type { Report } from '@/lib/dataset/schema'
import { realReport } from '@/testing/data'
import { AREA_TERMS, linkPlan, planItems, termsOf } from '../plan-links'

const report = realReport()
const links = linkPlan(report)
const ids = (area: string) => (links.byArea.get(area) ?? []).map((l) => l.item.id)

describe('linking the report’s problems and tasks to areas', () => {
  it('links each item by a term its own sentence holds', () => {
    for (const [area, list] of links.byArea) {
      const terms = termsOf(
        report.areas.find((a) => a.id === area) ?? { id: area, label: { zh: '', en: '' } },
      )
      for (const { item, term } of list) {
        expect(terms).toContain(term)
        expect(item.quote).toContain(term)
      }
    }
  })

  it('links the 2023 report as a reader would', () => {
    // 二是农业大而不精…工业产业链条短…服务业规模偏小
    expect(ids('agriculture')).toEqual(['problem-2'])
    expect(ids('industry')).toEqual(['problem-2'])
    expect(ids('services')).toEqual(['problem-2'])
    expect(ids('government')).toEqual(['problem-5'])
    expect(ids('urban-construction')).toEqual(['problem-4'])
    expect(ids('rural-environment')).toEqual(['problem-4'])
    expect(ids('economy')).toEqual(['problem-1', 'task-1', 'task-1-economic-dispatch'])
    expect(ids('business-environment')).toEqual(['task-1-market-entities'])
    expect(ids('project-construction')).toEqual(['task-1-project-service', 'task-2'])
    expect(links.byArea.get('business-environment')?.[0]?.term).toBe('市场主体')
  })

  it('leaves unlinked what no area’s term is in, rather than guessing', () => {
    // 三是财政收支矛盾突出…“三保”压力巨大: no area of the review is about the budget
    expect(links.unlinked.map((i) => i.id)).toEqual(['problem-3'])
    expect(ids('ecology')).toEqual([])
    expect(links.byArea.has('ecology')).toBe(false)
  })

  it('keeps the narrow terms narrow: 项目服务 is not 服务业, 科技含量 is not 科技创新', () => {
    expect(ids('services')).not.toContain('task-1-project-service')
    expect(ids('innovation')).not.toContain('problem-2')
  })

  it('lists problems before tasks, task items with their task’s ordinal', () => {
    const items = planItems(report)
    expect(items.slice(0, 5).every((i) => i.kind === 'problem')).toBe(true)
    expect(items.find((i) => i.id === 'task-1-market-entities')?.taskOrdinal).toBe(1)
    expect(items.find((i) => i.id === 'task-1')?.taskOrdinal).toBeUndefined()
  })

  it('matches an area it has no terms for by its own name', () => {
    const other: Report = {
      ...report,
      areas: [
        { ...(report.areas[0] as Report['areas'][number]), id: 'grain', label: { zh: '粮食', en: 'Grain' } },
      ],
      problems: [{ id: 'p', ordinal: 1, text: { zh: '粮食', en: 'grain' }, quote: '一是粮食单产不高' }],
      plan: { ...report.plan, tasks: [] },
    }
    expect(AREA_TERMS.grain).toBeUndefined()
    const result = linkPlan(other)
    expect(result.byArea.get('grain')?.map((l) => [l.item.id, l.term])).toEqual([['p', '粮食']])
    expect(result.unlinked).toEqual([])
  })

  it('has a term list for every area of the 2023 report', () => {
    for (const area of report.areas) expect(AREA_TERMS[area.id], area.id).toBeDefined()
  })
})
