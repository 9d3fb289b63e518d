import { describe, expect, it } from 'vitest'
import { findAsOf } from '../as-of'
import { classifyLedgerRow } from '../ledger-classify'
import { readLedger } from '../ledger-read'
import { parseLooseDate } from '../parse-date'
import { readTable } from '../read-table'
import { columnLetter } from '../types'
import { buildCsv, buildXlsx, type OutColumn } from '../write-table'

type Row = { name: string; plan?: number; done?: number; note?: string }
const rows: Row[] = [
  { name: '晶澳300兆瓦光伏', plan: 50000, done: 12000.5 },
  { name: '=HYPERLINK("x")', plan: 10, note: '含,逗号\n和换行' },
  { name: '绿谷农产品加工' },
]
const columns: OutColumn<Row>[] = [
  { header: '项目名称', value: (r) => r.name, width: 30 },
  { header: '年度计划投资(万元)', value: (r) => r.plan, format: '#,##0.00' },
  { header: '1-6月完成投资(万元)', value: (r) => r.done },
  { header: '备注', value: (r) => r.note },
]

describe('writing files back', () => {
  it('builds an XLSX our own reader reads back, title rows and all', () => {
    const bytes = buildXlsx([
      { name: '台账', columns, rows, preamble: ['朝阳县重点项目台账（截至2023年6月底）'] },
      { name: '台账', columns, rows: [] },
    ])
    expect(bytes).toBeInstanceOf(ArrayBuffer)
    const book = readTable(new Uint8Array(bytes), 'out.xlsx')
    expect(book.sheets.map((s) => s.name)).toEqual(['台账', '台账 (2)'])
    const r = readLedger({ sheets: [book.sheets[0] as never] })
    expect(r.rows.map((x) => [x.name, x.planInvestment, x.completedInvestment, x.remarks])).toEqual([
      ['晶澳300兆瓦光伏', 50000, 12000.5, undefined],
      ['=HYPERLINK("x")', 10, undefined, '含,逗号\n和换行'],
      ['绿谷农产品加工', undefined, undefined, undefined],
    ])
    expect(r.sheets[0]?.analysis?.asOf).toMatchObject({ year: 2023, month: 6 })
    expect(r.sheets[0]?.analysis?.amounts.from).toBe('header')
  })

  it('builds a CSV with a UTF-8 BOM, quoting and formula injection guarded', () => {
    const bytes = buildCsv(columns, rows)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text).toContain(`"'=HYPERLINK(""x"")"`)
    expect(text).toContain('"含,逗号\n和换行"')
    const back = readTable(bytes, 'out.csv')
    expect(back.encoding).toBe('utf-8-bom')
    expect(back.sheets[0]?.rows[1]?.map((c) => c.text)).toEqual(['晶澳300兆瓦光伏', '50000', '12000.5', ''])
  })
})

describe('as-of dates and loose dates', () => {
  it.each([
    ['朝阳县重点项目台账（截至2023年6月底）', { year: 2023, month: 6 }],
    ['截止到9月末', { month: 9 }],
    ['截至2023年6月20日', { year: 2023, month: 6, day: 20 }],
    ['截止2023.7.31', { year: 2023, month: 7, day: 31 }],
    ['2023年1-8月完成投资', { year: 2023, month: 8 }],
    ['1～5月', { month: 5 }],
    ['2023年6月重点项目推进情况', { year: 2023, month: 6 }],
    ['10月份台账', { month: 10 }],
  ])('%s → %o', (text, expected) => {
    expect(findAsOf(text)).toMatchObject(expected)
  })

  it('finds no date where there is none', () => {
    expect(findAsOf('朝阳县重点项目台账')).toBeUndefined()
    expect(findAsOf('截至13月')).toBeUndefined()
  })

  it.each([
    ['2023.3', '2023-03'],
    ['2023年3月', '2023-03'],
    ['2023-03-15', '2023-03-15'],
    ['2023/3/15', '2023-03-15'],
    ['2023年3月15日', '2023-03-15'],
    ['202303', '2023-03'],
    ['2023年', '2023'],
    ['2023年3月开工', '2023-03'],
  ])('开工时间 %s → %s', (text, expected) => {
    expect(parseLooseDate(text)).toMatchObject({ ok: true, text: expected })
  })

  it.each(['年内', '2023-02-30', '2023.13', '已开工'])('开工时间 %s is not a date', (text) => {
    expect(parseLooseDate(text)).toEqual({ ok: false })
  })
})

describe('row kinds', () => {
  const cells = (...texts: (string | number)[]) =>
    texts.map((t) => ({ raw: t === '' ? null : t, text: String(t) }))
  const ctx = { seqCol: 0, nameCol: 1, headingKeys: ['序号', '项目名称', '总投资'] }

  it.each([
    [cells('', '合  计', 100), 'total'],
    [cells('', '其中：新开工', 50), 'total'],
    [cells('', '全县总计', 100), 'total'],
    [cells('', '新开工项目小计', 100), 'total'],
    [cells('一', '新开工项目', ''), 'section'],
    [cells('', '二、续建项目（12个）', ''), 'section'],
    [cells('', '（三）竣工项目', ''), 'section'],
    [cells('注：金额单位为万元', '', ''), 'note'],
    [cells('填报人：李四', '', ''), 'note'],
    [cells('序号', '项目名称', '总投资'), 'repeated-header'],
    [cells('', '', ''), 'blank'],
    [cells(1, '一汽配套项目', 100), 'data'],
    [cells(2, '合成材料项目', 100), 'data'],
  ])('%# is a %s row', (row, kind) => {
    expect(classifyLedgerRow(row, ctx).kind).toBe(kind)
  })

  it('reads the nature a section stands for', () => {
    expect(classifyLedgerRow(cells('一', '新开工项目（20个）', ''), ctx)).toEqual({
      kind: 'section',
      label: '新开工项目',
      nature: '新开工',
    })
  })

  it('letters columns as Excel does', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ])
  })
})
