// The messy-files set (tests/fixtures/imports, invented): each file read from its bytes as a user would
// drop it, checked for what is taken, what is not and why.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readActuals } from '../actuals-book'
import type { IndicatorCandidate } from '../indicator-match'
import { readTable } from '../read-table'
import type { RowIssue } from '../types'

const DIR = resolve(import.meta.dirname, '../../../../tests/fixtures/imports')
const open = (file: string) => readTable(new Uint8Array(readFileSync(resolve(DIR, file))), file)
const codes = (issues: RowIssue[]) =>
  issues.map((i) => `${i.sheet}!${i.row}:${i.severity}:${i.code}${i.column ? `@${i.column}` : ''}`)
const brief = (r: {
  indicatorId: string
  period: { key: string }
  value?: number
  unit?: string
  growth?: number
}) => `${r.indicatorId} ${r.period.key} ${r.value ?? '-'}${r.unit ?? ''} ${r.growth ?? '-'}`

const CANDIDATES: IndicatorCandidate[] = [
  { id: 'gdp', names: ['地区生产总值', 'GDP'], unit: '亿元', reference: { value: 113.6, unit: '亿元' } },
  {
    id: 'fixed-asset-investment',
    names: ['固定资产投资', '固投'],
    unit: '亿元',
    reference: { value: 54, unit: '亿元' },
  },
  {
    id: 'budget-revenue',
    names: ['一般公共预算收入'],
    unit: '亿元',
    reference: { value: 7.66, unit: '亿元' },
  },
  { id: 'industrial-value-added', names: ['规上工业增加值'] },
  {
    id: 'industrial-output',
    names: ['规上工业总产值'],
    unit: '亿元',
    reference: { value: 60.5, unit: '亿元' },
  },
  {
    id: 'retail-sales',
    names: ['社会消费品零售总额', '社零'],
    unit: '亿元',
    reference: { value: 32.2, unit: '亿元' },
  },
  {
    id: 'rural-income',
    names: ['农村居民人均可支配收入'],
    unit: '元',
    reference: { value: 17357, unit: '元' },
  },
  { id: 'market-entities-target-2023', names: ['新增市场主体'], unit: '户主体' },
]
const actualsOpts = { candidates: CANDIDATES, year: 2023, asOf: { year: 2023, month: 6 } }

describe('actuals-long-gbk.csv: every period spelling, and the mistakes staff make', () => {
  const r = readActuals(open('actuals-long-gbk.csv'), actualsOpts)

  it('takes the readable rows', () => {
    expect(r.rows.map(brief)).toEqual([
      'gdp 2023-03 28.5亿元 5.2',
      'gdp 2023-06 60.1亿元 6',
      'industrial-value-added 2023-02 - 7.9',
      'industrial-value-added 2023-03 - 8.1',
      'industrial-value-added 2023-04 - 8.4',
      'fixed-asset-investment 2023-03 12.3456亿元 15.3',
      'rural-income 2023-03 4688元 6.5',
      'market-entities-target-2023 2023-03 812户 -',
    ])
  })

  it('names every rejected row', () => {
    expect(codes(r.issues).map((c) => c.split('!')[1])).toEqual([
      '9:error:implausible-growth@D',
      '10:error:duplicate-conflict',
      '11:error:duplicate-conflict',
      '12:error:approximate-number@C',
      '13:error:unknown-indicator@A',
      '15:error:not-cumulative@B',
      '17:error:future-period@B',
      '19:skipped:note-row',
    ])
  })
})

describe("actuals-wide-bureau.xlsx: the statistics bureau's wide table", () => {
  it('reads each period group, percentages and units in the indicator names', () => {
    const r = readActuals(open('actuals-wide-bureau.xlsx'), actualsOpts)
    expect(r.sheets[0]?.layout?.format).toBe('wide')
    expect(r.rows.map(brief)).toEqual([
      'industrial-value-added 2023-02 - 7.9',
      'industrial-value-added 2023-03 - 8.1',
      'industrial-value-added 2023-04 - 8.4',
      'industrial-output 2023-02 9.8亿元 12.1',
      'industrial-output 2023-03 15.2亿元 12.5',
      'industrial-output 2023-04 20.3亿元 12.8',
      'fixed-asset-investment 2023-03 12.3亿元 15.3',
      'fixed-asset-investment 2023-04 17.9亿元 14.2',
      'retail-sales 2023-02 5.5亿元 3',
      'retail-sales 2023-03 8.2亿元 3.1',
      'retail-sales 2023-04 10.9亿元 -',
      'budget-revenue 2023-02 1.32亿元 -3.5',
      'budget-revenue 2023-03 2.01亿元 -1.2',
      'budget-revenue 2023-04 2.69亿元 0.4',
    ])
    expect(codes(r.issues)).toEqual(['主要指标!8:error:unknown-indicator@A'])
  })
})

describe('actuals-monthly-table.xls: a legacy .xls monthly table', () => {
  it('reads the one period of its title, skips 本月, suggests for an untracked indicator', () => {
    const r = readActuals(open('actuals-monthly-table.xls'), actualsOpts)
    expect(r.rows.map(brief)).toEqual([
      'gdp 2023-06 60.1亿元 6',
      'fixed-asset-investment 2023-06 30.1亿元 12.5',
      'retail-sales 2023-06 16.9亿元 4.2',
      'rural-income 2023-06 8123元 7',
    ])
    expect(codes(r.issues)).toEqual([
      'Sheet1!0:warning:single-month-column@C',
      'Sheet1!7:error:unknown-indicator@A',
    ])
    expect(r.issues[1]?.params).toEqual({ text: '城镇居民人均可支配收入', suggestion: 'rural-income' })
  })
})

describe('actuals-paste.txt: a paste from Excel', () => {
  it('keeps a qualified name (社零（限上）) apart from 社零', () => {
    const r = readActuals(open('actuals-paste.txt'), actualsOpts)
    expect(r.rows.map(brief)).toEqual(['gdp 2023-03 28.5亿元 5.2', 'retail-sales 2023-03 8.2亿元 3.1'])
    expect(codes(r.issues).map((c) => c.split('!')[1])).toEqual([
      '0:warning:unit-assumed@C',
      '3:error:unknown-indicator@A',
    ])
  })
})
