import { describe, expect, it } from 'vitest'
import { readActuals } from '../actuals-book'
import { readActualsSheet } from '../actuals-read'
import type { IndicatorCandidate } from '../indicator-match'
import { readDelimited, readPastedText } from '../read-delimited'
import { readTable } from '../read-table'
import type { RowIssue, Sheet } from '../types'
import { gbkBytes } from './helpers/gbk'
import { formatted, xlsxBytes } from './helpers/workbook'

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

describe('long format (our template, and what staff type)', () => {
  const text = [
    '2023年主要指标完成情况',
    '指标,期间,累计值(亿元),累计增速(%)',
    '地区生产总值,2023年一季度,"28.5",5.2',
    'GDP,上半年,60.1,6.0',
    '固投,1-3月,12.3,15',
    '固定资产投资,2023-06,"2,345.6万元",12.5%',
    '社零,2023年1—3月,8.2,250',
    '规模以上工业增加值,1-6月,,8.1',
    '工业增加值,1-6月,,8.1',
    '新增市场主体,1-6月,1500,',
    '农村居民人均可支配收入,上半年,"8,123",7.5',
    '房地产开发投资,1-6月,5,1',
    ',1-6月,5,1',
    '一般公共预算收入,4-6月,2,1',
    '一般公共预算收入,1-10月,2,1',
    '一般公共预算收入,1-6月,约3,1',
    '一般公共预算收入,1-6月,,',
    '社零,1-3月,8.20,3',
  ].join('\n')
  const r = readActualsSheet(csv(text), base)

  it('reads the long layout under a title row', () => {
    expect(r.layout?.format).toBe('long')
    expect(r.layout?.header.rows).toEqual([1])
  })

  it('accepts each readable row, in the indicator unit, with its source row', () => {
    expect(r.rows.map(brief)).toEqual([
      'gdp 2023-03 28.5亿元 5.2',
      'gdp 2023-06 60.1亿元 6',
      'fixed-asset-investment 2023-03 12.3亿元 15',
      'fixed-asset-investment 2023-06 0.23456亿元 12.5',
      'industrial-value-added 2023-06 - 8.1',
      'market-entities-target-2023 2023-06 1500户 -',
      'retail-sales 2023-03 8.2亿元 3',
    ])
    expect(r.rows[0]?.source).toEqual({ sheet: 's', row: 3, columns: ['C', 'D'] })
    expect(r.rows[0]?.period.label).toBe('2023年一季度')
  })

  it('names every rejected row with its column and reason', () => {
    expect(codes(r.issues)).toEqual([
      // 1500 新增市场主体 under a 亿元 heading: the heading is not about a count, so 户 is assumed.
      '0:warning:unit-assumed@C',
      '7:error:implausible-growth@D',
      '9:error:unknown-indicator@A',
      // 8,123 under 亿元 would be 812,300,000,000元 of income per head: a unit slip, not converted.
      '11:error:implausible-value@C',
      '12:error:unknown-indicator@A',
      '13:error:missing-indicator@A',
      '14:error:not-cumulative@B',
      '15:error:future-period@B',
      '16:error:approximate-number@C',
      '17:skipped:missing-value',
    ])
    expect(r.issues.find((i) => i.code === 'implausible-growth')?.params).toEqual({ value: 250, limit: 100 })
    expect(r.issues.find((i) => i.code === 'future-period')?.params).toEqual({
      period: '2023-10',
      asOf: '2023-09',
    })
    // 工业增加值 is not 规上工业增加值: only a suggestion, never a match.
    expect(r.issues.find((i) => i.row === 9)?.params).toEqual({
      text: '工业增加值',
      suggestion: 'industrial-value-added',
    })
  })
})

describe('the rural income row: a unit column (计量单位) and a header unit that disagree', () => {
  it('takes the unit of the cell, then the heading, then the unit column', () => {
    const r = readActualsSheet(
      csv(
        '指标名称,计量单位,期间,累计值\n农村居民人均可支配收入,元,上半年,"8,123"\n地区生产总值,万元,上半年,"601,000"',
      ),
      base,
    )
    expect(r.rows.map(brief)).toEqual(['rural-income 2023-06 8123元 -', 'gdp 2023-06 60.1亿元 -'])
  })
})

describe('wide format: periods as column groups, as statistics bureaus publish', () => {
  const bytes = xlsxBytes([
    {
      name: '2023年',
      rows: [
        ['朝阳县主要经济指标（2023年）'],
        ['指标', '1-3月', null, '1-6月', null, '1-9月', null],
        [null, '累计值', '增速', '累计值', '增速', '累计值', '增速'],
        ['地区生产总值（亿元）', 28.5, 5.2, 60.1, 6, null, null],
        ['规模以上工业增加值', null, formatted(0.081, '0.0%'), null, '8.3', null, null],
        ['社会消费品零售总额（亿元）', '8.2', '3.1', 16.9, 4.2, '25.0', '-1.5'],
        ['其中：限上零售额', 1, 1, 2, 2, 3, 3],
      ],
      merges: ['A1:G1', 'A2:A3', 'B2:C2', 'D2:E2', 'F2:G2'],
    },
  ])
  const r = readActuals(readTable(bytes, '指标.xlsx'), { ...base, asOf: { year: 2023, month: 6 } })

  it('reads one row per indicator and period', () => {
    expect(r.sheets[0]?.layout?.format).toBe('wide')
    expect(r.rows.map(brief)).toEqual([
      'gdp 2023-03 28.5亿元 5.2',
      'gdp 2023-06 60.1亿元 6',
      'industrial-value-added 2023-03 - 8.1',
      'industrial-value-added 2023-06 - 8.3',
      'retail-sales 2023-03 8.2亿元 3.1',
      'retail-sales 2023-06 16.9亿元 4.2',
    ])
    expect(r.rows[1]?.source).toEqual({ sheet: '2023年', row: 4, columns: ['D', 'E'] })
  })

  it('rejects the months after the as-of date and the rows it does not track', () => {
    expect(codes(r.issues)).toEqual(['6:error:future-period@F', '7:error:unknown-indicator@A'])
  })
})

describe("a statistics bureau's monthly table: one period in the title", () => {
  it('reads 1-6月 from the title, skips 本月 and says so', () => {
    const text = [
      '朝阳县2023年1-6月主要经济指标',
      '指标名称,计量单位,本月,本年累计,比上年同期增长(%)',
      '固定资产投资,万元,"12,000","123,456",12.5',
      '社会消费品零售总额,亿元,3.1,16.9,4.2',
      '一、工业,,,,',
    ].join('\n')
    const r = readActualsSheet(csv(text), base)
    expect(r.layout?.format).toBe('table')
    expect(r.rows.map(brief)).toEqual([
      'fixed-asset-investment 2023-06 12.3456亿元 12.5',
      'retail-sales 2023-06 16.9亿元 4.2',
    ])
    expect(codes(r.issues)).toEqual(['0:warning:single-month-column@C', '5:skipped:section-row'])
  })

  it('reads the period from a heading when the title has none (1-3月 | 比上年同期增长)', () => {
    const r = readActualsSheet(csv('指标,1-3月,比上年同期增长(%)\n社零,8.2,3.1'), base)
    expect(r.rows.map(brief)).toEqual(['retail-sales 2023-03 8.2亿元 3.1'])
  })

  it('reads a bare period heading as growth when the title says the table is of growth rates', () => {
    const r = readActualsSheet(csv('2023年主要指标增速(%)\n指标,1-3月,1-6月\n社零,3.1,4.2'), base)
    expect(r.rows.map(brief)).toEqual(['retail-sales 2023-03 - 3.1', 'retail-sales 2023-06 - 4.2'])
  })

  it('asks for a period when nothing names one', () => {
    const r = readActualsSheet(csv('指标,累计值,增速\n社零,8.2,3.1'), base)
    expect(codes(r.issues)).toEqual(['2:error:missing-period@B'])
  })
})

describe('series tables: months down the side, indicators across', () => {
  it('reads indicator headings over 累计值 | 增速', () => {
    const bytes = xlsxBytes([
      {
        name: '月度',
        rows: [
          ['2023年分月主要指标'],
          ['月份', '地区生产总值（亿元）', null, '社零', null, '规上工业增加值增速'],
          [null, '累计值', '增速', '累计值', '增速', null],
          ['1-3月', 28.5, 5.2, 8.2, 3.1, 8.1],
          ['1-6月', 60.1, 6, '16.9', '4.2', null],
          ['1-9月', null, null, null, null, null],
        ],
        merges: ['A2:A3', 'B2:C2', 'D2:E2', 'F2:F3'],
      },
    ])
    const r = readActuals(readTable(bytes, 'a.xlsx'), base)
    expect(r.sheets[0]?.layout?.format).toBe('series')
    expect(r.rows.map(brief)).toEqual([
      'gdp 2023-03 28.5亿元 5.2',
      'retail-sales 2023-03 8.2亿元 3.1',
      'industrial-value-added 2023-03 - 8.1',
      'gdp 2023-06 60.1亿元 6',
      'retail-sales 2023-06 16.9亿元 4.2',
    ])
    expect(r.rows[3]?.source).toEqual({ sheet: '月度', row: 5, columns: ['B', 'C'] })
    expect(codes(r.issues)).toEqual(['0:warning:unit-assumed@D', '6:skipped:missing-value'])
  })

  it('reports a bad period once for the whole row', () => {
    const r = readActualsSheet(csv('时间,GDP,社零\n4-6月,1,2\n1-3月,3,4'), base)
    expect(codes(r.issues)).toEqual([
      '0:warning:unit-assumed@B',
      '0:warning:unit-assumed@C',
      '2:error:not-cumulative@A',
    ])
    expect(r.rows.map(brief)).toEqual(['gdp 2023-03 3亿元 -', 'retail-sales 2023-03 4亿元 -'])
  })
})

describe('files as staff have them', () => {
  it('reads a GBK CSV with Chinese headers and mixed period spellings', () => {
    const text =
      '指标名称,时间,本期累计,同比增长\r\n地区生产总值,2023年1-3月,28.5,5.2\r\n固投,2023/6,60,12\r\n社零,前三季度,25,3\r\n'
    const r = readActuals(readTable(gbkBytes(text), '实绩.csv'), base)
    expect(r.rows.map(brief)).toEqual([
      'gdp 2023-03 28.5亿元 5.2',
      'fixed-asset-investment 2023-06 60亿元 12',
      'retail-sales 2023-09 25亿元 3',
    ])
    expect(codes(r.issues)).toEqual(['0:warning:unit-assumed@C'])
    expect(r.issues[0]?.params).toEqual({ rows: 3 })
  })

  it('reads a paste from Excel with English headers', () => {
    const r = readActuals(
      { sheets: [readPastedText('indicator\tperiod\tvalue\tgrowth\r\nGDP\t2023Q1\t28.5\t5.2\r\n')] },
      base,
    )
    expect(r.rows.map(brief)).toEqual(['gdp 2023-03 28.5亿元 5.2'])
  })

  it('lists a sheet of notes as skipped next to a sheet of actuals', () => {
    const r = readActuals(
      { sheets: [csv('说明\n本表为示例', '说明'), csv('指标,期间,累计增速\nGDP,1-3月,5', '数据')] },
      base,
    )
    expect(r.issues).toEqual([{ sheet: '说明', row: 0, severity: 'skipped', code: 'no-header' }])
    expect(r.rows).toHaveLength(1)
  })

  it('reads periods that are Excel dates', () => {
    const bytes = xlsxBytes([
      {
        name: 's',
        rows: [
          ['指标', '月份', '累计增速'],
          ['GDP', formatted(45016, 'yyyy-mm'), 5.2],
        ],
      },
    ])
    const r = readActuals(readTable(bytes, 'a.xlsx'), base)
    expect(r.rows.map(brief)).toEqual(['gdp 2023-03 - 5.2'])
  })

  it('finds no actuals header in a ledger', () => {
    const sheet: Sheet = csv('项目名称,总投资\n甲,1')
    expect(readActualsSheet(sheet, base).issues).toEqual([
      { sheet: 's', row: 0, severity: 'error', code: 'no-header' },
    ])
  })
})
