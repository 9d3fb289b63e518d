import { describe, expect, it } from 'vitest'
import { realReport } from '@/testing/data'
import { buildSlides, defaultSelection, pipelineView, rankedAreas } from '../model/slides'

const report = realReport()

describe('slide model', () => {
  it('builds title, KPIs, targets, projects, one slide per area with metrics, problems and tasks', () => {
    const ids = buildSlides(report).map((s) => s.id)
    expect(ids.slice(0, 4)).toEqual(['title', 'kpis', 'targets', 'projects'])
    expect(ids.slice(-2)).toEqual(['problems', 'tasks'])
    expect(ids).toContain('area-agriculture')
    // Areas without metrics get no slide.
    expect(ids).not.toContain('area-economy')
    expect(ids).not.toContain('area-reform')
  })

  it('puts the seven KPIs with their gap (target − 2022 growth, in 百分点) on one slide', () => {
    const kpis = buildSlides(report).find((s) => s.kind === 'kpis')
    if (kpis?.kind !== 'kpis') throw new Error('no KPI slide')
    expect(kpis.rows).toHaveLength(7)
    const gdp = kpis.rows.find((r) => r.indicator.id === 'gdp')
    expect(gdp?.indicator.actual?.value).toBe(113.6)
    expect(gdp?.gap).toMatchObject({ value: 3, unit: '百分点' })
    const output = kpis.rows.find((r) => r.indicator.id === 'industrial-output')
    expect(output?.gap?.value).toBe(-1)
  })

  it("uses the report's pipeline: 签约 75 → 落地 38; 开复工 180 → 44 / 14 / 53, and the rest derived", () => {
    const view = pipelineView(report)
    expect(view.funnel.map((p) => p.count.value)).toEqual([75, 38])
    expect(view.started?.count.value).toBe(180)
    expect(view.parts.map((p) => p.count.value)).toEqual([44, 14, 53])
    expect(view.rest).toMatchObject({ value: 69, derived: true })
  })

  it('defaults to the four areas with the most metrics, in report order', () => {
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
    expect(tasks.truncation.lastWords).toBe('加强项目对接,推进产业协作,集中精力打造')
  })
})
