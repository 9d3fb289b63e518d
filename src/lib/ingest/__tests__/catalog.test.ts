import { describe, expect, it } from 'vitest'
import { CATALOG, catalogEntry } from '../indicator-catalog'
import { matchIndicator } from '../indicator-match'

describe('indicator catalog', () => {
  it.each([
    ['预计全年完成地区生产总值', 'gdp'],
    ['全市生产总值', 'gdp'],
    ['GDP', 'gdp'],
    ['人均地区生产总值', 'gdp-per-capita'],
    ['第一产业增加值', 'primary-value-added'],
    ['规上工业增加值', 'industrial-value-added'],
    ['规模以上工业增加值', 'industrial-value-added'],
    ['全部工业增加值', 'industry-value-added'],
    ['规上工业总产值', 'industrial-output'],
    ['全社会固定资产投资', 'fixed-asset-investment'],
    ['一般公共预算收入', 'budget-revenue'],
    ['地方一般公共预算收入', 'budget-revenue'],
    ['公共财政预算收入', 'budget-revenue'],
    ['财政总收入', 'fiscal-revenue'],
    ['社会消费品零售总额', 'retail-sales'],
    ['城镇居民人均可支配收入', 'urban-income'],
    ['农村常住居民人均可支配收入', 'rural-income'],
    ['农民人均纯收入', 'rural-net-income'],
    ['全体居民人均可支配收入', 'resident-income'],
    ['单位地区生产总值能耗', 'energy-intensity'],
    ['城镇调查失业率', 'surveyed-unemployment-rate'],
    ['登记失业率', 'registered-unemployment-rate'],
  ])('%s → %s', (words, id) => {
    expect(matchIndicator(words)?.entry.id).toBe(id)
  })

  it('reads bare 财政收入 as total fiscal revenue, loosely, never as budget revenue', () => {
    const m = matchIndicator('财政收入')
    expect(m?.entry.id).toBe('fiscal-revenue')
    expect(m?.loose).toBe(true)
  })

  it.each([
    '工业投资',
    '房地产开发投资',
    '限额以上社会消费品零售额',
    '规上工业增加值占地区生产总值比重',
    '地区生产总值增速高于全省',
    '民生支出占一般公共预算支出',
    '项目完成投资',
  ])('%s names no catalog indicator', (words) => {
    expect(matchIndicator(words)).toBeUndefined()
  })

  it('marks comparable-price growth real and current-price growth nominal', () => {
    const basis = (id: string) => catalogEntry(id)?.basis
    for (const id of ['gdp', 'industrial-value-added', 'industrial-output', 'primary-value-added'])
      expect(basis(id)).toBe('real')
    for (const id of [
      'fixed-asset-investment',
      'budget-revenue',
      'retail-sales',
      'rural-income',
      'urban-income',
    ])
      expect(basis(id)).toBe('nominal')
  })

  it('has unique, kebab-case ids', () => {
    const ids = CATALOG.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/)
  })
})
