import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SECTORS } from '../../dataset/taxonomy'
import { indicatorKey, matchIndicator } from '../indicator-match'
import { matchProject, type ProjectCandidate, projectKey, projectMatcher } from '../project-match'
import { DEFAULT_SECTOR_WORDS, mapSectorWord, mapSectorWords } from '../sector-map'

describe('indicator names', () => {
  const candidates = [
    { id: 'industrial-value-added', names: ['规上工业增加值'] },
    { id: 'industrial-output', names: ['规上工业总产值'] },
    { id: 'retail-sales', names: ['社会消费品零售总额', '社零'] },
    { id: 'gdp', names: ['地区生产总值', 'GDP'] },
    { id: 'budget-revenue', names: ['一般公共预算收入'] },
  ]

  it.each([
    ['规模以上工业增加值', 'industrial-value-added'],
    ['规 上 工业增加值（%）', 'industrial-value-added'],
    ['1、规上工业增加值增速', 'industrial-value-added'],
    ['其中：规模以上工业总产值(亿元)', 'industrial-output'],
    ['（二）社会消费品零售总额', 'retail-sales'],
    ['社零', 'retail-sales'],
    ['ＧＤＰ', 'gdp'],
    ['gdp', 'gdp'],
    ['全县地区生产总值', 'gdp'],
    ['一般公共预算收入', 'budget-revenue'],
    ['retail-sales', 'retail-sales'],
  ])('%s → %s', (text, id) => {
    expect(matchIndicator(text, candidates)).toEqual({ kind: 'match', id })
  })

  it('reads a bracket that names the same indicator, and never drops one that qualifies it', () => {
    expect(matchIndicator('地区生产总值（GDP）', candidates)).toEqual({ kind: 'match', id: 'gdp' })
    expect(matchIndicator('社零（限上）', candidates)).toEqual({ kind: 'none', suggestion: 'retail-sales' })
    expect(matchIndicator('社会消费品零售总额【单位：亿元】', candidates)).toEqual({
      kind: 'match',
      id: 'retail-sales',
    })
  })

  it('never takes a near name: it only suggests it', () => {
    expect(matchIndicator('工业增加值', candidates)).toEqual({
      kind: 'none',
      suggestion: 'industrial-value-added',
    })
    expect(matchIndicator('房地产开发投资', candidates)).toEqual({ kind: 'none' })
  })

  it('says when two indicators share a name', () => {
    const twice = [...candidates, { id: 'gdp-2', names: ['GDP'] }]
    expect(matchIndicator('GDP', twice)).toEqual({ kind: 'ambiguous', ids: ['gdp', 'gdp-2'] })
  })

  it('keeps 一 of 一般 (a word) and drops 一、 (numbering)', () => {
    expect(indicatorKey('一般公共预算收入')).toBe('一般公共预算收入')
    expect(indicatorKey('一、一般公共预算收入')).toBe('一般公共预算收入')
  })
})

// The report's own projects, from the dataset, as the ledger import will match against them.
const report = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../public/data/chaoyang-2023/report.json'), 'utf8'),
) as { projects: { id: string; name: { zh: string; en: string } }[] }
const PROJECTS: ProjectCandidate[] = report.projects.map((p) => ({ id: p.id, names: [p.name.zh] }))
const idOf = (zh: string) => report.projects.find((p) => p.name.zh === zh)?.id

describe('project names: ledger ↔ report', () => {
  it('normalises capacities, suffixes, punctuation and full width', () => {
    expect(projectKey('晶澳300MW光伏项目')).toBe(projectKey('晶澳300兆瓦光伏'))
    expect(projectKey('晶澳３００ＭＷ光伏工程')).toBe(projectKey('晶澳300兆瓦光伏'))
    expect(projectKey('晶澳30万千瓦光伏')).toBe(projectKey('晶澳300兆瓦光伏'))
    expect(projectKey('某储能0.1GWh')).toBe(projectKey('某储能100MWh'))
    expect(projectKey('（朝阳）华祥新材料有限公司建设项目')).toBe('朝阳华祥新材料')
  })

  it('matches the issue example with certainty', () => {
    const m = matchProject('晶澳300MW光伏项目', PROJECTS)
    expect(m).toMatchObject({ id: idOf('晶澳300兆瓦光伏'), score: 1, certain: true })
  })

  it.each([
    ['中电集中式储能电站项目', '中电集中式储能电站'],
    ['联强轧辊有限公司', '联强轧辊'],
    ['华新城二期工程', '华新城二期'],
    ['县中医院建设项目', '县中医院'],
  ])('%s is certainly %s', (ledger, reportName) => {
    expect(matchProject(ledger, PROJECTS)).toMatchObject({ id: idOf(reportName), certain: true })
  })

  it('asks the user about a near name', () => {
    const m = matchProject('绿谷农产品深加工园区', PROJECTS)
    expect(m?.id).toBe(idOf('绿谷农产品加工'))
    expect(m?.certain).toBe(false)
  })

  it('does not take one project for another with a different capacity or phase', () => {
    const candidates = [
      { id: 'a', names: ['晶澳300兆瓦光伏'] },
      { id: 'b', names: ['华新城二期'] },
    ]
    expect(matchProject('晶澳200MW光伏', candidates)?.certain ?? false).toBe(false)
    expect(matchProject('华新城三期', candidates)?.certain ?? false).toBe(false)
  })

  it('does not call 化工园区污水处理厂 the report’s 化工园区 for certain', () => {
    const m = matchProject('化工园区污水处理厂', PROJECTS)
    expect(m?.certain).toBe(false)
  })

  it('returns nothing for an unrelated name, and ranks alternatives', () => {
    expect(matchProject('某某村道路硬化', PROJECTS)).toBeUndefined()
    const match = projectMatcher(PROJECTS)('湖羊基地分中心')
    expect(match?.certain).toBe(false)
    expect(match?.alternatives.length).toBeGreaterThan(0)
  })
})

describe('sector words', () => {
  it('maps only to the sectors of the taxonomy', () => {
    for (const sector of Object.values(DEFAULT_SECTOR_WORDS)) expect(SECTORS).toContain(sector)
  })

  it.each([
    ['新能源', 'energy'],
    ['光伏', 'energy'],
    ['风电', 'energy'],
    ['储能', 'energy'],
    ['农产品加工', 'agrifood'],
    ['食品', 'agrifood'],
    ['新材料', 'materials'],
    ['装备制造', 'manufacturing'],
    ['矿山', 'mining'],
    ['采矿', 'mining'],
    ['数字', 'digital'],
    ['大数据', 'digital'],
    ['城建', 'urban'],
    ['市政', 'urban'],
    ['基础设施', 'urban'],
    ['教育', 'public-services'],
    ['医疗', 'public-services'],
    ['养老', 'public-services'],
  ])('%s → %s by the default map', (word, sector) => {
    expect(mapSectorWord(word)).toEqual({ word, sector, via: 'default' })
  })

  it('says which known word a longer one was mapped by', () => {
    expect(mapSectorWord('光伏发电')).toEqual({
      word: '光伏发电',
      sector: 'energy',
      via: 'keyword',
      keyword: '光伏',
    })
  })

  it('never guesses between two sectors, nor for an unknown word', () => {
    expect(mapSectorWord('新能源装备制造')).toEqual({
      word: '新能源装备制造',
      via: 'ambiguous',
      sectors: ['energy', 'manufacturing'],
    })
    expect(mapSectorWord('文旅')).toEqual({ word: '文旅', via: 'unmapped' })
  })

  it('lets the user override any word, and lists what is left', () => {
    const overrides = { 新能源装备制造: 'manufacturing', '文 旅': 'public-services' } as const
    const { mappings, unmapped } = mapSectorWords(
      ['新能源', '新能源装备制造', '文旅', '康养', '新能源', ''],
      overrides,
    )
    expect(mappings.map((m) => `${m.word}:${m.via}:${'sector' in m ? m.sector : ''}`)).toEqual([
      '新能源:default:energy',
      '新能源装备制造:override:manufacturing',
      '文旅:override:public-services',
      '康养:unmapped:',
    ])
    expect(unmapped).toEqual(['康养'])
  })
})
