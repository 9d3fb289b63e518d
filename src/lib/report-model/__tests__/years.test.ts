import { beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '@/lib/dataset/schema'
import { realReport } from '@/testing/data'
import { yearsFixture } from '@/testing/years'
import { comparableYears, compareTable } from '../compare'
import { indicatorKey, targetChecksOf, trendsOf, yearsOf } from '../years'

// The invented 朝阳县 2022 and 2024 reports and two other counties' 2023 reports (tests/fixtures/years),
// through the real ingest pipeline, beside today's 2023 dataset.
let y2022: Report
let y2024: Report
let songchuan: Report
let yunxi: Report
const y2023 = realReport()
beforeAll(async () => {
  ;[y2022, y2024, songchuan, yunxi] = await Promise.all([
    yearsFixture('chaoyang-2022'),
    yearsFixture('chaoyang-2024'),
    yearsFixture('songchuan-2023'),
    yearsFixture('yunxi-2023'),
  ])
})
const all = () => [y2023, y2024, songchuan, y2022, yunxi]

describe('years of one county', () => {
  it('picks the county’s reports, oldest first, one per year', () => {
    expect(yearsOf(y2023, all()).map((r) => r.id)).toEqual([
      'chaoyang-2022',
      'chaoyang-2023',
      'chaoyang-2024',
    ])
    expect(yearsOf(songchuan, all()).map((r) => r.id)).toEqual(['songchuan-2023'])
    // a second report of a year already there does not add a year; the one shown wins
    const copy = { ...y2024, id: 'chaoyang-2024-copy' }
    expect(yearsOf(copy, all()).map((r) => r.id)).toEqual([
      'chaoyang-2022',
      'chaoyang-2023',
      'chaoyang-2024-copy',
    ])
    // a county of the same name in another province is another place, not another year
    const elsewhere = { ...y2024, id: 'namesake-2024', province: { zh: '河北省', en: 'Hebei' } }
    expect(yearsOf(y2023, [y2022, elsewhere]).map((r) => r.id)).toEqual(['chaoyang-2022', 'chaoyang-2023'])
  })

  it('puts each year’s figure at the year it is for, from the report that states it', () => {
    const gdp = trendsOf(yearsOf(y2023, all())).get('gdp')
    expect(
      gdp?.points.map((p) => [p.year, p.level?.fact.value, p.growth.fact.value, p.growth.reportId]),
    ).toEqual([
      [2021, 108.7, 6.8, 'chaoyang-2022'],
      [2022, 113.6, 5, 'chaoyang-2023'],
      [2023, 120.8, 5.6, 'chaoyang-2024'],
    ])
    expect(gdp?.points[2]?.growth.fact.quote).toContain('地区生产总值120.8亿元')
    // 规上工业增加值 has no level in any of them
    const iva = trendsOf(yearsOf(y2023, all())).get('industrial-value-added')
    expect(iva?.points.map((p) => [p.year, p.level, p.growth.fact.value])).toEqual([
      [2021, undefined, 9.1],
      [2022, undefined, 3],
      [2023, undefined, 8.3],
    ])
  })

  it('sets last year’s target against the result this year’s report states, met or not', () => {
    const checks = targetChecksOf(yearsOf(y2023, all()))
    const row = (year: number, key: string) => checks.find((c) => c.year === year && c.key === key)
    expect(row(2023, 'gdp')).toMatchObject({ met: false, gap: -2.4 })
    expect(row(2023, 'gdp')?.target).toMatchObject({ reportId: 'chaoyang-2023', fact: { value: 8 } })
    expect(row(2023, 'gdp')?.result).toMatchObject({ reportId: 'chaoyang-2024', fact: { value: 5.6 } })
    expect(row(2023, 'fixed-asset-investment')).toMatchObject({ met: true, gap: 3.2 })
    expect(row(2022, 'industrial-output')).toMatchObject({ met: true, gap: 3 })
    expect(row(2022, 'budget-revenue')).toMatchObject({ met: false, gap: -5.6 })
    // newest year first, 7 indicators each; 2024's targets have no result yet
    expect(checks.map((c) => c.year)).toEqual([...Array(7).fill(2023), ...Array(7).fill(2022)])
  })

  it('says "no result" when the next report does not state the indicator', () => {
    const withoutIva = {
      ...y2024,
      indicators: y2024.indicators.filter((i) => i.id !== 'industrial-value-added'),
    }
    const check = targetChecksOf([y2023, withoutIva]).find((c) => c.key === 'industrial-value-added')
    expect(check).toMatchObject({ met: null, year: 2023 })
    expect(check?.result).toBeUndefined()
  })

  it('aligns an indicator by its name when its id is not the catalogue’s', () => {
    expect(indicatorKey({ id: 'zhong-zhi', label: { zh: '全县生产总值', en: 'x' } })).toBe('gdp')
    expect(indicatorKey({ id: 'own-id', label: { zh: '森林覆盖率', en: 'x' } })).toBe('own-id')
  })
})

describe('counties of one year', () => {
  it('finds the years with two or more counties', () => {
    expect(comparableYears(all())).toEqual([2023])
    expect(comparableYears([y2022, y2023, y2024])).toEqual([])
  })

  it('lays out indicators by counties, with "not reported" cells', () => {
    const table = compareTable(all(), 2023)
    expect(table.columns.map((c) => c.county.zh)).toEqual(['朝阳县', '松川县', '云溪县']) // by pinyin
    expect(compareTable(all(), 2023, 'yunxi-2023').columns.map((c) => c.county.zh)).toEqual([
      '云溪县', // the report shown first
      '朝阳县',
      '松川县',
    ])
    const row = (key: string) => table.rows.find((r) => r.key === key)
    expect(row('gdp')?.cells.map((c) => c?.level?.value)).toEqual([113.6, 156.2, 88.4])
    expect(row('fixed-asset-investment')?.cells.map((c) => c?.growth.value)).toEqual([3.3, 6.4, -2.5])
    expect(row('industrial-output')?.cells.map((c) => c?.growth.value ?? null)).toEqual([13, null, 8.8])
    expect(row('industrial-value-added')?.cells.map((c) => c?.target.value ?? null)).toEqual([8, 9, null])
    expect(table.rows[0]?.key).toBe('gdp')
    expect(row('gdp')?.cells[1]?.growth.quote).toContain('增长4.1%')
    expect(table.columns.every((c) => c.province === undefined)).toBe(true) // no namesakes: no province
  })

  it('keeps two counties of one name in different provinces as two columns, each with its province', () => {
    const elsewhere: Report = {
      ...songchuan,
      id: 'chaoyang-elsewhere-2023',
      province: { zh: '吉林省', en: 'Jilin Province' },
      county: y2023.county,
    }
    const table = compareTable([y2023, elsewhere], 2023)
    // by province, then name (pinyin): 吉林 before 辽宁
    expect(table.columns.map((c) => c.reportId)).toEqual(['chaoyang-elsewhere-2023', 'chaoyang-2023'])
    expect(table.columns.map((c) => c.province?.zh)).toEqual(['吉林省', y2023.province.zh])
    // the same county of the same province twice is one column (the first listed)
    expect(compareTable([y2023, { ...y2023, id: 'copy' }], 2023).columns).toHaveLength(1)
  })
})
