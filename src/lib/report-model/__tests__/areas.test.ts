import { describe, expect, it } from 'vitest'
import { realReport, reportText } from '@/testing/data'
import { reportModel } from '..'

const areaDetail = (r: typeof report, id: string, t?: string) => reportModel(r).areaDetail(id, t) ?? null
const areaSummaries = (r: typeof report) =>
  reportModel(r).areas.map((a) => ({
    area: a.area,
    factCount: a.facts.length,
    projectCount: a.projects.length,
  }))

const report = realReport()
const text = reportText()

describe('areas of the report model', () => {
  it('lists every area in the report order with its counts', () => {
    const list = areaSummaries(report)
    expect(list.map((s) => s.area.id)).toEqual(report.areas.map((a) => a.id))
    const industry = list.find((s) => s.area.id === 'industry')
    // 4 metrics + the 6 provincial industry-base projects count filed under topic-industry
    expect(industry).toMatchObject({ factCount: 5, projectCount: 8 })
  })

  it('files the headline indicators under the overall economy (their section has no topics)', () => {
    const economy = areaSummaries(report).find((s) => s.area.id === 'economy')
    expect(economy?.factCount).toBe(13) // 6 levels + 7 growth rates; 2023 targets belong to the plan
  })

  it('files every metric under exactly one area', () => {
    const total = areaSummaries(report).reduce((n, s) => n + s.factCount, 0)
    const byId = new Set(report.metrics.map((m) => m.id))
    const filed = report.areas.flatMap((a) => areaDetail(report, a.id)?.facts ?? []).map((f) => f.fact.id)
    expect(filed.filter((id) => byId.has(id)).sort()).toEqual([...byId].sort())
    expect(new Set(filed).size).toBe(total)
  })
})

describe('area detail', () => {
  it('returns null for an unknown id', () => {
    expect(areaDetail(report, 'nope')).toBeNull()
  })

  it('gives the industry area its clean-energy capacity and projects', () => {
    const d = areaDetail(report, 'industry', text)
    const capacity = d?.facts.find((f) => f.fact.id === 'clean-energy-capacity')
    expect(capacity?.fact).toMatchObject({ value: 1552, unit: '兆瓦' })
    expect(d?.projects.map((p) => p.id)).toContain('zhongfeng-distributed-wind')
    expect(d?.passageId).toBe('topic-industry')
  })

  it('marks growth rates so they read as rates', () => {
    const d = areaDetail(report, 'economy')
    expect(d?.facts.find((f) => f.fact.id === 'gdp-growth-2022')?.rate).toBe(true)
    expect(d?.facts.find((f) => f.fact.id === 'gdp-2022')?.rate).toBe(false)
  })

  it('includes derived figures only when all inputs are in the area, chaining through derived ones', () => {
    expect(areaDetail(report, 'livelihood')?.derived.map((d) => d.id)).toEqual(['dibao-urban-rural-gap'])
    const pc = areaDetail(report, 'project-construction')?.derived.map((d) => d.id)
    expect(pc).toEqual(['pipeline-named-stages-sum', 'pipeline-named-stages-share', 'pipeline-other-started'])
    // needs an input from another area: not shown as if it belonged here
    expect(areaDetail(report, 'investment-attraction')?.derived.map((d) => d.id)).not.toContain(
      'introduced-investment-share',
    )
  })

  it('groups quotes shared by several figures and keeps the text order', () => {
    const d = areaDetail(report, 'livelihood', text)
    const dibao = d?.quotes.find((q) => q.quote.includes('8100元'))
    expect(dibao?.ids).toEqual(['dibao-urban', 'dibao-rural'])
    const positions = d?.quotes.map((q) => text.indexOf(q.quote)) ?? []
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(positions.every((p) => p >= 0)).toBe(true)
  })
})
