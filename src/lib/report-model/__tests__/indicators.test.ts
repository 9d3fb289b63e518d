import { describe, expect, it } from 'vitest'
import type { Report } from '@/lib/dataset/schema'
import { realReport } from '@/testing/data'
import { growthSeries, growthSummary, indicatorRows } from '../indicators'

const report = realReport()
const rows = indicatorRows(report)

describe('indicatorRows', () => {
  it('gives implied 2023 levels to exactly the four nominal series with a level', () => {
    expect(rows.filter((r) => r.implied).map((r) => r.id)).toEqual([
      'fixed-asset-investment',
      'budget-revenue',
      'retail-sales',
      'rural-income',
    ])
    expect(rows.find((r) => r.id === 'gdp')?.noImplied).toBe('real')
    expect(rows.find((r) => r.id === 'industrial-output')?.noImplied).toBe('real')
    expect(rows.find((r) => r.id === 'industrial-value-added')?.noImplied).toBe('real')
  })

  it('carries the level, growth, target, the dataset’s gap and whether the figures are estimates', () => {
    const gdp = rows[0]
    expect(gdp).toMatchObject({ id: 'gdp', basis: 'real', estimated: true })
    expect(gdp?.actual?.value).toBe(113.6)
    expect(gdp?.gap).toMatchObject({ id: 'gdp-target-gap', value: 3, unit: '百分点' })
    expect(rows.find((r) => r.id === 'industrial-output')?.gap?.value).toBe(-1)
  })

  it('invents no gap and no implied level when the dataset has none', () => {
    const stripped: Report = {
      ...report,
      derived: report.derived.filter((d) => d.id !== 'gdp-target-gap' && d.id !== 'fai-implied-2023'),
    }
    const [gdp, fai] = indicatorRows(stripped)
    expect(gdp?.gap).toBeUndefined()
    expect(fai?.implied).toBeUndefined()
    expect(fai?.noImplied).toBe('not-derived')
  })
})

describe('growth series and summary', () => {
  it('summarises the chart in words', () => {
    const s = growthSummary(rows, 'zh')
    expect(s).toMatchObject({ count: 7, above: 6, below: ['规上工业总产值'] })
    expect(s.largest?.id).toBe('budget-revenue')
  })

  it('gives one bar pair per indicator, named in the reader’s language', () => {
    expect(growthSeries(rows, 'en')[0]).toEqual({ name: rows[0]?.label.en, growth: 5, target: 8 })
  })
})
