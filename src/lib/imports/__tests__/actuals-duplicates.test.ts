import { describe, expect, it } from 'vitest'
import { readActuals } from '../actuals-book'
import type { IndicatorCandidate } from '../indicator-match'
import { readDelimited } from '../read-delimited'
import type { RowIssue } from '../types'

// The catalog is the caller's: here a test one shaped like the report's seven indicators.
const CANDIDATES: IndicatorCandidate[] = [
  { id: 'gdp', names: ['地区生产总值', 'GDP'], unit: '亿元', reference: { value: 113.6, unit: '亿元' } },
  { id: 'fixed-asset-investment', names: ['固定资产投资', '固投'], unit: '亿元' },
  { id: 'budget-revenue', names: ['一般公共预算收入'], unit: '亿元' },
  { id: 'industrial-value-added', names: ['规上工业增加值', '规模以上工业增加值'] },
  { id: 'industrial-output', names: ['规上工业总产值'], unit: '亿元' },
  { id: 'retail-sales', names: ['社会消费品零售总额', '社零'], unit: '亿元' },
  {
    id: 'rural-income',
    names: ['农村居民人均可支配收入'],
    unit: '元',
    reference: { value: 17357, unit: '元' },
  },
  { id: 'market-entities-target-2023', names: ['新增市场主体'], unit: '户主体' },
]
const base = { candidates: CANDIDATES, year: 2023, asOf: { year: 2023, month: 9 } }
const codes = (issues: RowIssue[]) =>
  issues.map((i) => `${i.row}:${i.severity}:${i.code}${i.column ? `@${i.column}` : ''}`)
const csv = (text: string, name = 's') => readDelimited(text, name)
const brief = (r: {
  indicatorId: string
  period: { key: string }
  value?: number
  unit?: string
  growth?: number
}) => `${r.indicatorId} ${r.period.key} ${r.value ?? '-'}${r.unit ?? ''} ${r.growth ?? '-'}`

describe('duplicates', () => {
  const text = '指标,期间,累计增速\n社零,1-3月,5\n社零,一季度,5\n固投,1-3月,5\n固投,2023Q1,6\nGDP,1-3月,4.5'

  it('skips the same figure twice and rejects both rows of a figure stated two ways', () => {
    const r = readActuals({ sheets: [csv(text)] }, base)
    expect(r.rows.map(brief)).toEqual(['retail-sales 2023-03 - 5', 'gdp 2023-03 - 4.5'])
    expect(codes(r.issues)).toEqual([
      '3:skipped:duplicate-same',
      '4:error:duplicate-conflict',
      '5:error:duplicate-conflict',
    ])
    expect(r.issues.find((i) => i.row === 5)?.params).toEqual({
      field: 'growth',
      otherValue: 5,
      value: 6,
      otherRow: 4,
    })
  })

  it('checks against the figures already kept, in their unit', () => {
    const existing = [
      { indicatorId: 'retail-sales', period: '2023-03', growth: 5 },
      { indicatorId: 'gdp', period: '2023-03', growth: 4.4 },
      { indicatorId: 'fixed-asset-investment', period: '2023-06', value: 1200, unit: '万元' as const },
    ]
    const file = csv(
      '指标,期间,累计值(亿元),累计增速\n社零,1-3月,,5\nGDP,1-3月,,4.5\n固投,1-6月,0.12,\n社零,1-6月,16,4',
    )
    const r = readActuals({ sheets: [file] }, { ...base, existing })
    // 0.12亿元 is the kept 1200万元: the same figure.
    expect(codes(r.issues)).toEqual([
      '2:skipped:same-as-existing',
      '3:error:conflicts-existing',
      '4:skipped:same-as-existing',
    ])
    expect(r.issues[1]?.params).toEqual({ field: 'growth', existing: 4.4, value: 4.5 })
    expect(r.rows.map(brief)).toEqual(['retail-sales 2023-06 16亿元 4'])
    const replaced = readActuals({ sheets: [file] }, { ...base, existing, replaceExisting: true })
    expect(codes(replaced.issues)).toContain('3:warning:replaces-existing')
    expect(replaced.rows.map(brief)).toEqual(['gdp 2023-03 - 4.5', 'retail-sales 2023-06 16亿元 4'])
  })

  it('keeps two rows that state different fields of one figure (a value sheet and a growth sheet)', () => {
    const r = readActuals(
      {
        sheets: [
          csv('指标,期间,累计值\nGDP,1-3月,28.5', '值'),
          csv('指标,期间,累计增速\nGDP,1-3月,5.2', '增速'),
        ],
      },
      base,
    )
    expect(r.rows.map(brief)).toEqual(['gdp 2023-03 28.5亿元 -', 'gdp 2023-03 - 5.2'])
    expect(codes(r.issues)).toEqual(['0:warning:unit-assumed@C'])
  })
})
