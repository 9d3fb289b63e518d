import { describe, expect, it } from 'vitest'
import { reportJson } from '@/testing/fixtures'
import { culprits, facetCounts, filterJoined, lightOf, NO_JOINED_FILTERS, townOf } from '../filters'
import { planBySector, planByText, topBars } from '../groups'
import { joinProjects } from '../join'
import { behindList, lightCounts } from '../status-summary'
import { PHASES } from '../types'
import { entry, ledgerOf } from './helpers'

const report = reportJson()
const ledger = ledgerOf([
  entry('甲光伏', 4, {
    industry: '光伏',
    township: '柳城街道',
    nature: '新开工',
    plan: 1000,
    completed: 600,
    responsible: '发改局',
  }),
  entry('乙储能', 5, {
    industry: '储能',
    township: '柳城街道',
    nature: '续建',
    plan: 2000,
    completed: 200,
    responsible: '发改局',
  }),
  entry('丙番茄加工', 6, {
    industry: '农产品加工',
    township: '大平房镇',
    nature: '竣工',
    plan: 500,
    completed: 450,
    responsible: '农业农村局',
  }),
  entry('丁学校', 7, {
    industry: '教育',
    township: '大平房镇',
    nature: '续建',
    plan: 300,
    completed: 120,
    responsible: '教育局',
  }),
  entry('戊前期项目', 8, { industry: '新材料', nature: '前期', responsible: '工信局' }),
])
const { rows } = joinProjects({ report, ledger })
const names = (rs: readonly { name: string }[]) => rs.map((r) => r.name)

describe('filtering the joined list', () => {
  it('filters by township, unit, light, 建设性质 class and source together', () => {
    expect(names(filterJoined(rows, { ...NO_JOINED_FILTERS, town: ['柳城街道'] }))).toEqual([
      '甲光伏',
      '乙储能',
    ])
    expect(names(filterJoined(rows, { ...NO_JOINED_FILTERS, town: ['柳城街道'], light: ['red'] }))).toEqual([
      '乙储能',
    ])
    expect(
      names(filterJoined(rows, { ...NO_JOINED_FILTERS, unit: ['发改局', '教育局'], phase: ['continuing'] })),
    ).toEqual(['乙储能', '丁学校'])
    // A project without a township is findable as "not given".
    expect(names(filterJoined(rows, { ...NO_JOINED_FILTERS, town: [''], from: ['ledger'] }))).toEqual([
      '戊前期项目',
    ])
    expect(filterJoined(rows, { ...NO_JOINED_FILTERS, from: ['report'] })).toHaveLength(
      report.projects.length,
    )
    // "No light" means a ledger project without one (no plan), not a report project outside the ledger.
    expect(names(filterJoined(rows, { ...NO_JOINED_FILTERS, light: ['none'] }))).toEqual(['戊前期项目'])
  })

  it('counts every chip with all other filters applied, listing zero-count choices', () => {
    const f = { ...NO_JOINED_FILTERS, town: ['大平房镇'] }
    // 丙 90% (green), 丁 40% against 50%: 10 points behind, within the tolerance (yellow).
    const lights = facetCounts(rows, f, 'light', lightOf, f.light, ['red', 'yellow', 'green', 'none'])
    expect(lights.map((c) => `${c.value}:${c.count}`)).toEqual(['red:0', 'yellow:1', 'green:1', 'none:0'])
    const towns = facetCounts(rows, { ...NO_JOINED_FILTERS, light: ['red'] }, 'town', townOf, [])
    expect(towns.map((c) => `${c.value}:${c.count}`)).toEqual(['柳城街道:1', '大平房镇:0', ':0'])
    const phases = facetCounts(rows, NO_JOINED_FILTERS, 'phase', (r) => r.phase, [], PHASES)
    expect(phases.find((p) => p.value === 'continuing')?.count).toBeGreaterThanOrEqual(2)
  })

  it('says which filter emptied the list', () => {
    const f = { ...NO_JOINED_FILTERS, town: ['柳城街道'], light: ['green' as const], unit: ['教育局'] }
    expect(filterJoined(rows, f)).toHaveLength(0)
    expect(culprits(rows, f)).toEqual([{ dim: 'unit', count: 1 }])
  })
})

describe('charts and red list', () => {
  it('sums plan and completed by sector, township and unit, each ignoring its own filter', () => {
    const f = { ...NO_JOINED_FILTERS, town: ['柳城街道'] }
    const sectors = planBySector(rows, [], null)
    expect(sectors.map((b) => `${b.key}:${b.plan}/${b.completed}`)).toEqual([
      'energy:3000/800',
      'agrifood:500/450',
      'materials:0/0',
      'public-services:300/120',
    ])
    expect(sectors[0]?.completion).toBeCloseTo(26.667, 2)
    const towns = planByText(rows, townOf, f.town, null)
    expect(towns.map((b) => `${b.key}:${b.plan}:${b.selected}`)).toEqual([
      '柳城街道:3000:true',
      '大平房镇:800:false',
      ':0:false',
    ])
    const { shown, more } = topBars(towns, 1)
    expect(shown.map((b) => b.key)).toEqual(['柳城街道'])
    expect(more).toBe(2)
  })

  it('lists projects behind their plan worst first, and counts the lights', () => {
    expect(behindList(rows).map((r) => `${r.name}:${r.status.light}:${r.status.gap}`)).toEqual([
      '乙储能:red:-40',
      '丁学校:yellow:-10',
    ])
    expect(lightCounts(rows)).toEqual({ red: 1, yellow: 1, green: 2, none: 1 })
  })
})
