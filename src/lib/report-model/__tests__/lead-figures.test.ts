import { describe, expect, it } from 'vitest'
import type { Fact } from '@/lib/dataset/schema'
import { realReport, reportText } from '@/testing/data'
import { reportModel } from '..'
import { type LeadContext, leadFigures, leadLevel } from '../lead-figures'

// The rule on small invented figures first (each level, ties, one claim per quote), then what it
// chooses for the 2023 report, checked against the report's own headline sentences.

const fact = (
  id: string,
  value: number,
  unit: Fact['unit'],
  quote: string,
  extra: Partial<Fact> = {},
): Fact => ({
  id,
  label: { zh: id, en: id },
  value,
  unit,
  period: '2022',
  sectionId: 's',
  quote,
  ...extra,
})

const ctx = (over: Partial<LeadContext> = {}): LeadContext => ({
  headline: new Set(),
  growthOf: new Map(),
  rates: new Set(),
  planYear: 2023,
  ...over,
})

const ids = (facts: Fact[], c = ctx(), n?: number) => leadFigures(facts, c, n).map((l) => l.fact.id)

describe('the lead-figure rule', () => {
  it('orders the levels: ranked, headline, 亿, measured, rates, counts', () => {
    const count = fact('count', 534, '处', 'q1')
    const rate = fact('rate', 100, '%', 'q2')
    const measured = fact('measured', 3.5, '万亩', 'q3')
    const yi = fact('yi', 10.63, '亿斤', 'q4')
    const head = fact('head', 75, '个', 'q5')
    const ranked = fact('ranked', 1552, '兆瓦', 'q6', {
      rank: { position: 1, scope: { zh: '全省各县', en: 'counties of the province' }, quote: 'q6' },
    })
    const c = ctx({ headline: new Set(['head']) })
    expect([count, rate, measured, yi, head, ranked].map((f) => leadLevel(f, c))).toEqual([6, 5, 4, 3, 2, 1])
    expect(ids([count, rate, measured, yi, head, ranked], c, 6)).toEqual([
      'ranked',
      'head',
      'yi',
      'measured',
      'rate',
      'count',
    ])
  })

  it('treats 万元 and 万人 as measured amounts, 元 and 个 as plain counts', () => {
    expect(leadLevel(fact('a', 882, '万元', 'q'), ctx())).toBe(4)
    expect(leadLevel(fact('b', 6.2, '万人', 'q'), ctx())).toBe(4)
    expect(leadLevel(fact('c', 8100, '元', 'q'), ctx())).toBe(6)
    expect(leadLevel(fact('d', 22, '个', 'q'), ctx())).toBe(6)
  })

  it('puts the larger of two figures in one unit first, and keeps units in the order first used', () => {
    const facts = [
      fact('done', 44, '个', 'q1'),
      fact('firms', 30, '家', 'q2'),
      fact('started', 180, '个', 'q3'),
      fact('trial', 14, '个', 'q4'),
    ]
    expect(ids(facts, ctx(), 4)).toEqual(['started', 'done', 'trial', 'firms'])
  })

  it('takes one figure per claim (quote) while other claims remain, then fills from the claims', () => {
    const sown = fact('sown', 129, '万亩', '粮食播种面积129万亩,产量10.63亿斤')
    const grain = fact('grain', 10.63, '亿斤', '粮食播种面积129万亩,产量10.63亿斤')
    const wells = fact('wells', 534, '处', '新建和维修灌溉井534处')
    expect(ids([sown, grain, wells])).toEqual(['grain', 'wells', 'sown'])
    expect(ids([sown, grain, wells], ctx(), 2)).toEqual(['grain', 'wells'])
  })

  it('never leads with a plan target or an indicator growth rate; a level carries its growth', () => {
    const level = fact('gdp', 113.6, '亿元', 'q1')
    const growth = fact('gdp-growth', 5, '%', 'q1')
    const target = fact('gdp-target', 8, '%', 'q2', { period: '2023' })
    const c = ctx({
      headline: new Set(['gdp']),
      rates: new Set(['gdp-growth']),
      growthOf: new Map([['gdp', growth]]),
    })
    const lead = leadFigures([level, growth, target], c)
    expect(lead).toEqual([{ fact: level, level: 2, growth }])
  })

  it('gives an area without figures no lead figures', () => {
    expect(leadFigures([], ctx())).toEqual([])
  })
})

describe('lead figures of the 2023 report', () => {
  const report = realReport()
  const text = reportText()
  const lead = (id: string) =>
    (reportModel(report).area(id)?.lead ?? []).map((l) => `${l.fact.value}${l.fact.unit}`)

  it('chooses the headline claims the report states for each area', () => {
    expect(lead('agriculture')[0]).toBe('10.63亿斤') // 粮食产量
    expect(lead('industry')[0]).toBe('1552兆瓦') // 清洁能源总装机容量, 位居全省各县第一
    expect(lead('economy')).toEqual(['113.6亿元', '60.5亿元', '54亿元']) // GRP, industrial output, FAI
    expect(lead('project-construction')).toEqual(['180个', '53个', '44个']) // 开复工 → 投产达效, 主体完工
    expect(lead('investment-attraction').slice(0, 2)).toEqual(['75个', '49.4亿元']) // 签约; 省外到位资金
    expect(lead('livelihood')[0]).toBe('6.2万人') // 农村劳动力转移就业
  })

  it('gives every area with a stated figure two or three lead figures, each quoted in the text', () => {
    for (const a of reportModel(report).areas) {
      if (a.facts.length === 0) {
        expect(a.lead).toEqual([])
        continue
      }
      expect(a.lead.length, a.area.id).toBeGreaterThanOrEqual(Math.min(2, a.facts.length))
      expect(a.lead.length, a.area.id).toBeLessThanOrEqual(3)
      for (const l of a.lead) expect(text).toContain(l.fact.quote)
    }
  })

  it('gives the economy its growth rates beside its levels', () => {
    const economy = reportModel(report).area('economy')?.lead ?? []
    expect(economy.map((l) => l.growth?.value)).toEqual([5, 13, 3.3])
  })
})
