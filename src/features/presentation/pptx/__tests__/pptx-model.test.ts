import { describe, expect, it } from 'vitest'
import { formatQuantity } from '@/lib/format/quantity'
import { realReport } from '@/testing/data'
import { resolveDeck } from '../../model/selection'
import { buildSlides, defaultSelection } from '../../model/slides'
import { pptxDeck } from '../model'

const report = realReport()
const all = buildSlides(report)
const now = new Date(2026, 11, 1)

describe('the deck as PowerPoint content', () => {
  it('keeps the chosen slides in the chosen order, one PowerPoint slide each', () => {
    const chosen = resolveDeck(all, defaultSelection(report), {
      slides: ['tasks', 'kpis', 'area-agriculture', 'title'],
      slide: null,
      auto: null,
    })
    const deck = pptxDeck(report, chosen.slides, 'zh', now)
    expect(deck.slides.map((s) => s.id)).toEqual(['tasks', 'kpis', 'area-agriculture', 'title'])
    expect(deck.name).toBe('朝阳县2023年政府工作报告-演示.pptx')
    expect(deck.made).toBe('2026-12-01')
    expect(pptxDeck(report, chosen.slides, 'en', now).name).toBe(
      'Chaoyang County Government Work Report 2023-slides.pptx',
    )
  })

  it('writes the KPI slide with the deck names and every figure as the deck formats it', () => {
    const kpis = pptxDeck(report, all, 'zh', now).slides.find((s) => s.id === 'kpis')
    expect(kpis?.title).toBe('主要指标')
    expect(kpis?.figures).toHaveLength(7)
    const gdp = kpis?.figures.find((f) => f.label === '地区生产总值')
    expect(gdp?.value).toBe('113.6亿元')
    expect(gdp?.note).toContain('2023年目标 8.0%')
    expect(gdp?.note).toContain('差距 +3.0个百分点')
    // Every figure's source quote is in the speaker notes, verbatim.
    expect(kpis?.notes.join('\n')).toContain('预计全年完成地区生产总值113.6亿元')
  })

  it('draws the targets as a native bar chart of growth vs target, with the same values in a table', () => {
    const slide = pptxDeck(report, all, 'en', now).slides.find((s) => s.id === 'targets')
    expect(slide?.title).toBe('2023 growth targets')
    expect(slide?.chart?.series.map((s) => s.values.length)).toEqual([7, 7])
    const gdp = report.indicators.find((i) => i.id === 'gdp')
    expect(slide?.chart?.series[1]?.values[0]).toBe(gdp?.target.value)
    expect(slide?.table?.[1]).toEqual([
      gdp?.label.en,
      formatQuantity(gdp?.growth.value ?? 0, '%', 'en', { rate: true }),
      formatQuantity(gdp?.target.value ?? 0, '%', 'en', { rate: true }),
    ])
  })

  it("puts an area's figures, the pipeline counts and the text slides' words on their slides", () => {
    const deck = pptxDeck(report, all, 'zh', now)
    const projects = deck.slides.find((s) => s.id === 'projects')
    expect(projects?.figures.map((f) => f.value)).toEqual([
      '75个',
      '38个',
      '180个',
      '44个',
      '14个',
      '53个',
      '69个',
    ])
    expect(projects?.chart?.labels.length).toBeGreaterThan(3)
    const area = all.find((s) => s.id === 'area-investment-attraction')
    if (area?.kind !== 'area') throw new Error('no area slide')
    const mapped = deck.slides.find((s) => s.id === area.id)
    expect(mapped?.figures).toHaveLength(area.figures.length)
    expect(mapped?.notes).toHaveLength(area.figures.length)
    const problems = deck.slides.find((s) => s.id === 'problems')
    expect(problems?.bullets).toHaveLength(report.problems.length)
    const tasks = deck.slides.find((s) => s.id === 'tasks')
    expect(tasks?.footnote).toMatch(/^原文在此中断/)
  })
})
