import { describe, expect, it } from 'vitest'
import { indicatorMatcher } from '@/lib/imports/indicator-match'
import { CATALOG } from '@/lib/ingest/indicator-catalog'
import { reportJson } from '@/testing/fixtures'
import { candidateNames, importCandidates } from '../candidates'
import { monitorTargets } from '../monitored'
import { regexNames } from '../regex-names'

const report = reportJson('chaoyang-2023', 'public')

describe('regexNames: the literal names of a catalog pattern', () => {
  it('spells out optional groups and alternatives and drops look-behinds and anchors', () => {
    expect(regexNames(/规模以上工业(?:企业)?增加值/).sort()).toEqual([
      '规模以上工业企业增加值',
      '规模以上工业增加值',
    ])
    expect(regexNames(/(?<!人均|地区)生产总值/)).toEqual(['生产总值'])
    expect(regexNames(/(?:外贸)?进出口总(?:额|值)/).sort()).toEqual(
      ['外贸进出口总额', '外贸进出口总值', '进出口总额', '进出口总值'].sort(),
    )
    expect(regexNames(/^第一产业$/)).toEqual(['第一产业'])
  })

  it('names nothing for a pattern beyond its small grammar (a class, a repetition)', () => {
    expect(regexNames(/\d+亿元/)).toEqual([])
    expect(regexNames(/[一二三]产业/)).toEqual([])
    expect(regexNames(/a.*b/)).toEqual([])
  })

  it('reads every synonym of the extraction catalog', () => {
    for (const entry of CATALOG)
      for (const re of entry.synonyms) {
        const names = regexNames(re)
        expect(names.length, `${entry.id} ${re}`).toBeGreaterThan(0)
        // each name is what the pattern itself matches
        for (const n of names) expect(re.test(n), `${re} ${n}`).toBe(true)
      }
  })
})

describe('import candidates of the report', () => {
  const candidates = importCandidates(report)
  const match = indicatorMatcher(candidates)
  const id = (text: string) => {
    const m = match(text)
    return m.kind === 'match'
      ? m.id
      : `${m.kind}${m.kind === 'none' && m.suggestion ? `:${m.suggestion}` : ''}`
  }

  it('has one candidate per 2023 target: seven growth targets and the plan’s amount target', () => {
    expect(candidates.map((c) => c.id)).toEqual([
      ...report.indicators.map((i) => i.id),
      'market-entities-target-2023',
    ])
  })

  it('knows the names staff use', () => {
    expect(id('GDP')).toBe('gdp')
    expect(id('生产总值')).toBe('gdp')
    expect(id('地区生产总值（亿元）')).toBe('gdp')
    expect(id('社零')).toBe('retail-sales')
    expect(id('社会消费品零售额')).toBe('retail-sales')
    expect(id('固投')).toBe('fixed-asset-investment')
    expect(id('全社会固定资产投资')).toBe('fixed-asset-investment')
    expect(id('规上工业增加值')).toBe('industrial-value-added')
    expect(id('规模以上工业增加值增速')).toBe('industrial-value-added')
    expect(id('公共财政预算收入')).toBe('budget-revenue')
    expect(id('农民人均可支配收入')).toBe('rural-income')
    expect(id('新增市场主体')).toBe('market-entities-target-2023')
    expect(id('Retail sales')).toBe('retail-sales')
  })

  it('never takes a different statistic for a target', () => {
    expect(id('工业增加值')).toBe('none:industrial-value-added') // all industry, not 规上
    expect(id('社零（限上）')).toMatch(/^none/) // large retailers only
    expect(id('人均地区生产总值')).toMatch(/^none/)
    expect(id('房地产开发投资')).toMatch(/^none/)
  })

  it('every name of every candidate names that candidate alone', () => {
    for (const c of candidates) for (const name of c.names) expect(id(name), name).toBe(c.id)
  })

  it('passes the 2022 level as the reference of the 100× check', () => {
    const byId = new Map(candidates.map((c) => [c.id, c]))
    expect(byId.get('gdp')).toMatchObject({ unit: '亿元', reference: { value: 113.6, unit: '亿元' } })
    expect(byId.get('rural-income')?.reference).toEqual({ value: 17357, unit: '元' })
    expect(byId.get('industrial-value-added')?.reference).toBeUndefined() // the report gives no level
    expect(byId.get('market-entities-target-2023')).toMatchObject({
      unit: '户主体',
      reference: { value: 2650, unit: '户主体' },
    })
  })

  it('names a target without a catalog entry by its label without 全年', () => {
    const t = monitorTargets(report).find((x) => x.id === 'market-entities-target-2023')
    expect(t && candidateNames(t)).toContain('新增市场主体')
  })

  it('names a target whose id is an object property by its label alone (ids are an imported report’s)', () => {
    const t = monitorTargets(report).find((x) => x.id === 'market-entities-target-2023')
    if (!t) throw new Error('fixture changed')
    for (const id of ['constructor', 'toString', '__proto__'])
      expect(candidateNames({ ...t, id })).toEqual(candidateNames(t))
  })
})
