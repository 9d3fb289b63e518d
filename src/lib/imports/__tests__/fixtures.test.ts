// The messy-files set (tests/fixtures/imports, invented): each file read from its bytes as a user would
// drop it, checked for what is taken, what is not and why.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readActuals } from '../actuals-read'
import type { IndicatorCandidate } from '../indicator-match'
import { readLedger } from '../ledger-read'
import { projectMatcher } from '../project-match'
import { readTable } from '../read-table'
import { mapSectorWords } from '../sector-map'
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

describe('ledger-2023-06-messy.xlsx: cover sheet, ledger, summary by sector', () => {
  const r = readLedger(open('ledger-2023-06-messy.xlsx'))
  const june = r.sheets[1]

  it('takes the six readable projects of the ledger sheet', () => {
    expect(r.rows.map((x) => `${x.source.row} ${x.name} ${x.nature} ${x.completedInvestment}`)).toEqual([
      '7 晶澳300MW光伏项目 新开工 30000',
      '8 中电集中式储能电站 新开工 10000',
      '9 瑞禾番茄全产业链 新开工 8530',
      '10 县第二污水处理厂 新开工 10000',
      '16 百盛金山钛材 续建 12000',
      '17 东大矿冶中试基地 续建 6000',
    ])
    const tomato = r.rows[2]
    expect(tomato).toMatchObject({ totalInvestment: 33000, start: '2023-04', leader: '李副县长' })
    // A 开工年月 date cell formatted without a day is a month; a leader merged over two rows is both rows'.
    expect(r.rows[0]).toMatchObject({ start: '2023-03', leader: '王副县长' })
    expect(r.rows[1]).toMatchObject({ leader: '王副县长', remarks: '6月已完成土地组卷' })
    expect(r.rows[5]?.remarks).toBe('（中试线已安装）')
  })

  it('accounts for every other row and sheet', () => {
    expect(codes(r.issues)).toEqual([
      '封面!0:skipped:no-header',
      '6月台账!5:skipped:total-row',
      '6月台账!6:skipped:section-row',
      '6月台账!11:skipped:total-row',
      '6月台账!13:skipped:section-row',
      '6月台账!14:skipped:repeated-header',
      '6月台账!15:error:approximate-number@H',
      '6月台账!18:error:missing-name@B',
      '6月台账!19:skipped:total-row',
      '6月台账!20:skipped:note-row',
      '6月台账!21:skipped:note-row',
      '汇总!0:skipped:missing-column',
    ])
    expect(june?.counts).toEqual({ accepted: 6, rejected: 2, skipped: 9 })
    expect(june?.analysis?.asOf).toMatchObject({ year: 2023, month: 6, row: 2 })
    expect(june?.analysis?.amounts).toEqual({ unit: '万元', from: 'title', row: 2 })
  })

  it('maps its 行业 words, listing what is left for the user', () => {
    const { unmapped, mappings } = mapSectorWords(r.rows.flatMap((x) => (x.sector ? [x.sector] : [])))
    expect(mappings.map((m) => `${m.word}:${'sector' in m ? m.sector : m.via}`)).toEqual([
      '新能源:energy',
      '储能:energy',
      '农产品加工:agrifood',
      '市政:urban',
      '新材料:materials',
      '科技:innovation',
    ])
    expect(unmapped).toEqual([])
  })

  it("matches its projects to the report's", () => {
    const report = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../../../public/data/chaoyang-2023/report.json'), 'utf8'),
    ) as { projects: { id: string; name: { zh: string } }[] }
    const match = projectMatcher(report.projects.map((p) => ({ id: p.id, names: [p.name.zh] })))
    const zh = (id?: string) => report.projects.find((p) => p.id === id)?.name.zh
    const found = r.rows.map((x) => {
      const m = match(x.name)
      return `${x.name} → ${m ? `${zh(m.id)} ${m.certain ? 'certain' : 'confirm'}` : '-'}`
    })
    expect(found).toEqual([
      '晶澳300MW光伏项目 → 晶澳300兆瓦光伏 certain',
      '中电集中式储能电站 → 中电集中式储能电站 certain',
      '瑞禾番茄全产业链 → 瑞禾农业番茄全产业链 confirm',
      '县第二污水处理厂 → -',
      '百盛金山钛材 → 百盛金山钛材 certain',
      '东大矿冶中试基地 → 东大矿冶研究院中试基地 confirm',
    ])
  })
})

describe('ledger-2023-07-gbk.csv: the next month, saved as GBK CSV', () => {
  const june = readLedger(open('ledger-2023-06-messy.xlsx')).sheets[1]
  const july = readLedger(open('ledger-2023-07-gbk.csv'))

  it('has the same shape as June, so June’s confirmed mapping applies', () => {
    const sig = july.sheets[0]?.analysis?.signature.id
    expect(sig).toBe(june?.analysis?.signature.id)
    const mapping = june?.analysis?.guess.mapping ?? {}
    const again = readLedger(open('ledger-2023-07-gbk.csv'), { mappings: { [sig as string]: mapping } })
    expect(again.rows).toEqual(july.rows)
  })

  it('reads every project, its month and its remarks over two lines', () => {
    expect(july.sheets[0]?.analysis?.asOf).toMatchObject({ year: 2023, month: 7, day: 31 })
    expect(july.rows.map((x) => `${x.name} ${x.completedInvestment}`)).toEqual([
      '晶澳300MW光伏项目 35000',
      '中电集中式储能电站 12500',
      '瑞禾番茄全产业链 9900',
      '华新城二期 6200',
      '百盛金山钛材 14000',
    ])
    expect(july.rows[1]?.remarks).toBe('7月：主体施工\n8月：设备进场')
    expect(codes(july.issues).map((c) => c.split('!')[1])).toEqual([
      '5:skipped:section-row',
      '9:skipped:total-row',
      '10:skipped:section-row',
      '13:skipped:total-row',
    ])
  })
})

describe('ledger-semicolon-bom.csv: UTF-8 with BOM, semicolons, 亿元', () => {
  it('reads 亿元 from the headings and rejects a decimal comma', () => {
    const t = open('ledger-semicolon-bom.csv')
    expect([t.encoding, t.delimiter]).toEqual(['utf-8-bom', ';'])
    const r = readLedger(t)
    expect(r.rows).toMatchObject([{ name: '县中医院', totalInvestment: 1.2, amountsUnit: '亿元' }])
    expect(codes(r.issues)).toEqual(['ledger-semicolon-bom!2:error:bad-grouping@E'])
  })
})

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
