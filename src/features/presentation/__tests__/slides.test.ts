import { describe, expect, it } from 'vitest'
import { reportModel } from '@/lib/report-model'
import { realReport } from '@/testing/data'
import { buildSlides, defaultSelection, rankedAreas } from '../model/slides'

const report = realReport()

describe('slide model', () => {
  it('builds title, KPIs, targets, projects, one slide per area with figures, problems and tasks', () => {
    const ids = buildSlides(report).map((s) => s.id)
    expect(ids.slice(0, 4)).toEqual(['title', 'kpis', 'targets', 'projects'])
    expect(ids.slice(-2)).toEqual(['problems', 'tasks'])
    expect(ids).toContain('area-agriculture')
    // An area without figures gets no slide; the economy area's are the headline indicators.
    expect(ids).toContain('area-economy')
    expect(ids).not.toContain('area-reform')
  })

  it('puts the seven KPIs with their gap (target − 2022 growth, in 百分点) on one slide', () => {
    const kpis = buildSlides(report).find((s) => s.kind === 'kpis')
    if (kpis?.kind !== 'kpis') throw new Error('no KPI slide')
    expect(kpis.rows).toHaveLength(7)
    const gdp = kpis.rows.find((r) => r.id === 'gdp')
    expect(gdp?.actual?.value).toBe(113.6)
    expect(gdp?.gap).toMatchObject({ value: 3, unit: '百分点' })
    const output = kpis.rows.find((r) => r.id === 'industrial-output')
    expect(output?.gap?.value).toBe(-1)
  })

  it("uses the report's pipeline: 签约 75 → 落地 38; 开复工 180 → 44 / 14 / 53, and the rest derived", () => {
    const view = reportModel(report).pipeline
    expect(view.funnel.map((p) => p.count.value)).toEqual([75, 38])
    expect(view.started?.count.value).toBe(180)
    expect(view.parts.map((p) => p.count.value)).toEqual([44, 14, 53])
    expect(view.rest).toMatchObject({ value: 69, derived: true })
  })

  it('shows on an area slide exactly the figures of its area page (the report model)', () => {
    const slide = buildSlides(report).find((s) => s.id === 'area-investment-attraction')
    if (slide?.kind !== 'area') throw new Error('no slide')
    const area = reportModel(report).area('investment-attraction')
    const ids = (a: NonNullable<typeof area>) => [
      ...a.facts.map((f) => f.fact.id),
      ...a.derived.map((d) => d.id),
    ]
    expect(slide.figures.map((f) => (f.kind === 'fact' ? f.item.fact.id : f.item.id))).toEqual(
      area ? ids(area) : [],
    )
    // 签约 75 / 落地 38 are this area's, not only the projects slide's
    expect(slide.figures.map((f) => (f.kind === 'fact' ? f.item.fact.value : f.item.value))).toEqual(
      expect.arrayContaining([75, 38]),
    )
  })

  it('defaults to the four areas with the most figures of their own, in report order', () => {
    const top = rankedAreas(report)
      .slice(0, 4)
      .map((a) => a.area.id)
    expect(top).toEqual(['agriculture', 'livelihood', 'parks', 'rural-environment'])
    const ids = defaultSelection(report)
    expect(ids).toEqual([
      'title',
      'kpis',
      'targets',
      'projects',
      'area-parks',
      'area-agriculture',
      'area-rural-environment',
      'area-livelihood',
      'problems',
      'tasks',
    ])
  })

  it('marks the task where the text breaks off', () => {
    const tasks = buildSlides(report).find((s) => s.kind === 'tasks')
    if (tasks?.kind !== 'tasks') throw new Error('no tasks slide')
    expect(tasks.tasks.some((t) => !t.complete)).toBe(true)
    expect(tasks.truncation?.lastWords).toBe('加强项目对接,推进产业协作,集中精力打造')
  })
})
