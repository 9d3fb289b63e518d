import { describe, expect, it } from 'vitest'
import { realReport } from '@/testing/data'
import { slideHeadline } from '../model/headlines'
import { slideNotes } from '../model/notes'
import { buildSlides, type Slide } from '../model/slides'

const report = realReport()
const slides = buildSlides(report)
const slide = <K extends Slide['kind']>(kind: K, id?: string) => {
  const s = slides.find((x) => x.kind === kind && (!id || x.id === id))
  if (!s) throw new Error(`no ${kind} slide`)
  return s as Extract<Slide, { kind: K }>
}

describe("slide headlines: computed from the slide's figures", () => {
  it('targets: the largest stretch (一般公共预算收入, +9.6 百分点) and the target below last growth', () => {
    const h = slideHeadline(slide('targets'))
    if (h?.key !== 'targets') throw new Error(String(h?.key))
    expect(h.top.id).toBe('budget-revenue')
    expect(h.top.gap.value).toBeCloseTo(9.6)
    expect(h.below.map((r) => r.id)).toEqual(['industrial-output'])
  })

  it('targets: follows the data, not a typed name (another largest gap leads)', () => {
    const s = slide('targets')
    const rows = s.rows.map((r) =>
      r.id === 'gdp' && r.gap
        ? { ...r, target: { ...r.target, value: 30 }, gap: { ...r.gap, value: 25 } }
        : r,
    )
    const h = slideHeadline({ ...s, rows })
    expect(h?.key === 'targets' && h.top.id).toBe('gdp')
  })

  it('KPIs: the first level with its growth, and how many targets exceed last growth', () => {
    const h = slideHeadline(slide('kpis'))
    if (h?.key !== 'kpis') throw new Error(String(h?.key))
    expect(h.lead.actual.value).toBe(113.6)
    expect([h.above, h.total]).toEqual([6, 7])
  })

  it("an area leads with the report's pipeline counts where it has them (招商引资: 签约75 / 落地38)", () => {
    const h = slideHeadline(slide('area', 'area-investment-attraction'))
    if (h?.key !== 'area') throw new Error(String(h?.key))
    const v = (f: typeof h.lead) => (f.kind === 'fact' ? f.item.fact.value : f.item.value)
    expect([v(h.lead), h.second && v(h.second)]).toEqual([75, 38])
    expect(h.projects).toBe(6)
  })

  it('an area without them leads with its largest amount in 亿元, else its first figure', () => {
    for (const s of slides) {
      if (s.kind !== 'area') continue
      const h = slideHeadline(s)
      if (h?.key !== 'area' || h.second) continue
      const money = s.figures.filter((f) => f.kind === 'fact' && f.item.fact.unit === '亿元')
      const lead = h.lead.kind === 'fact' ? h.lead.item.fact : null
      if (money.length) expect(lead?.unit, s.id).toBe('亿元')
      else expect(h.lead, s.id).toBe(s.figures[0])
    }
  })

  it('projects: 开复工 180 with its largest part (投产达效 53), then 签约 75 / 落地 38', () => {
    const h = slideHeadline(slide('projects'))
    if (h?.key !== 'projects') throw new Error(String(h?.key))
    expect([h.started?.value, h.part?.fact.value, h.part?.stage]).toEqual([180, 53, 'producing'])
    expect([h.signed?.value, h.landed?.value]).toEqual([75, 38])
  })

  it('the title slide has none; problems and tasks count theirs, and the tasks say the text breaks off', () => {
    expect(slideHeadline(slide('title'))).toBeNull()
    expect(slideHeadline(slide('problems'))).toEqual({ key: 'problems', count: report.problems.length })
    expect(slideHeadline(slide('tasks'))).toEqual({
      key: 'tasks',
      count: report.plan.tasks.length,
      truncated: true,
    })
  })
})

describe('speaker notes and sources of a slide', () => {
  it('list each figure of the slide once, stated with its quote, derived with its formula', () => {
    const notes = slideNotes(slide('kpis'))
    const ids = notes.map((n) => n.id)
    expect(new Set(ids).size).toBe(ids.length)
    const gdp = notes.find((n) => n.id === 'gdp-2022')
    expect(gdp?.kind === 'fact' && gdp.fact.quote).toContain('113.6')
    expect(notes.some((n) => n.kind === 'derived' && n.item.id === 'revenue-target-gap')).toBe(true)
  })

  it('an area slide lists its named projects with their quotes', () => {
    const notes = slideNotes(slide('area', 'area-investment-attraction'))
    const project = notes.find((n) => n.id === 'nengjian-compressed-air-storage')
    expect(project?.kind === 'passage' && project.quote).toContain('24亿元')
  })

  it('problems and tasks are passages with their verbatim words', () => {
    const notes = slideNotes(slide('problems'))
    expect(notes).toHaveLength(report.problems.length)
    for (const n of notes) expect(n.kind === 'passage' && n.quote.length > 0).toBe(true)
  })
})
