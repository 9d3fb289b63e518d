import { describe, expect, it } from 'vitest'
import { readLedger } from '../ledger-read'
import { readTable } from '../read-table'
import type { RowIssue, Sheet } from '../types'
import { formatted, xlsxBytes } from './helpers/workbook'

const codes = (issues: RowIssue[]) =>
  issues
    .filter((i) => i.code !== 'amount-unit-assumed')
    .map((i) => `${i.row}:${i.severity}:${i.code}${i.column ? `@${i.column}` : ''}`)

// A June ledger as a 发改局 keeps it: title with the as-of date, a 单位 line, a two-row header with a
// merged group, sections, 小计/合计 rows, a total without a label, a repeated header, notes.
const H1 = [
  '序号',
  '项目名称',
  '所属行业',
  '建设地点',
  '建设性质',
  '2023年计划投资',
  null,
  '总投资',
  '开工时间',
  '责任单位',
  '备注',
]
const H2 = [null, null, null, null, null, '计划', '1-6月完成', null, null, null, null]
const messy = xlsxBytes([
  {
    name: '6月',
    rows: [
      ['朝阳县2023年重点项目推进情况表（截至2023年6月底）'], // 1
      ['单位：万元'], // 2
      H1, // 3
      H2, // 4
      ['一', '新开工项目（3个）', null, null, null, 53000, 13500, 160000, null, null, null], // 5
      [
        1,
        '晶澳300兆瓦光伏',
        '新能源',
        '二十家子镇',
        null,
        50000,
        '12,000',
        150000,
        formatted(45000, 'yyyy-mm-dd'),
        '发改局',
        null,
      ], // 6
      [
        2,
        '绿谷农产品加工',
        '农产品加工',
        '羊山镇',
        '',
        '3000',
        '1 500',
        '8000',
        '2023.3',
        '农业农村局',
        '正在办理手续',
      ], // 7
      [3, '联强轧辊技改', '装备制造', '北四家子乡', null, '0.0001亿元', '—', '2000', '年内', '工信局', null], // 8
      [null, '小计', null, null, null, 53000, 13500, 160000, null, null, null], // 9
      [null, null, null, null, null, null, null, null, null, null, null], // 10
      ['二', '续建项目', null, null, null, null, null, null, null, null, null], // 11
      H1, // 12: the header again, as a printed ledger repeats it
      [4, '华新城二期', '城建', '县城', null, 2000, '约500', 20000, '2022年', '住建局', null], // 13
      [5, null, '城建', '县城', null, 100, 50, 1000, null, '住建局', null], // 14
      [6, '友谊大街改造', '市政', '县城', '续建', 1500, 1800, 1200, '2022-05', '住建局', null], // 15
      [7, '县中医院', '医疗', '县城', null, 3000, 1000, 9000, null, '卫健局', null], // 16
      [8, '县中医院', '医疗', '县城', null, 3000, 1000, 9000, null, '卫健局', '重复录入'], // 17
      [null, '合 计', null, null, null, 62601, 17350, 200200, null, null, null], // 18
      [null, null, null, null, null, 62601, 17350, 200200, null, null, null], // 19: a total with no label
      ['注：1-6月完成投资为统计口径。', null, null, null, null, null, null, null, null, null, null], // 20
      ['填报人：张三', null, null, null, null, null, null, null, null, null, null], // 21
    ],
    merges: [
      'A1:K1',
      'A3:A4',
      'B3:B4',
      'C3:C4',
      'D3:D4',
      'E3:E4',
      'F3:G3',
      'H3:H4',
      'I3:I4',
      'J3:J4',
      'K3:K4',
      'J6:J7',
    ],
  },
  { name: '填表说明', rows: [['1. 请按月填报'], ['2. 金额单位为万元']] },
])

describe('a messy June ledger', () => {
  const result = readLedger(readTable(messy, '台账.xlsx'))
  const june = result.sheets[0]
  const byName = (name: string) => result.rows.find((r) => r.name === name)

  it('finds the two-row header under the title and maps every column', () => {
    expect(june?.analysis?.header.rows).toEqual([2, 3])
    expect(june?.analysis?.guess.mapping).toEqual({
      seq: 0,
      name: 1,
      sector: 2,
      township: 3,
      nature: 4,
      planInvestment: 5,
      completedInvestment: 6,
      totalInvestment: 7,
      start: 8,
      unit: 9,
      remarks: 10,
    })
  })

  it('reads the as-of date and the amounts unit from the title rows', () => {
    expect(june?.analysis?.asOf).toMatchObject({ year: 2023, month: 6, from: 'title', row: 1 })
    expect(june?.analysis?.amounts).toEqual({ unit: '万元', from: 'title', row: 2 })
  })

  it('accepts the projects with typed figures and their source rows', () => {
    expect(result.rows.map((r) => `${r.source.row} ${r.name}`)).toEqual([
      '6 晶澳300兆瓦光伏',
      '7 绿谷农产品加工',
      '8 联强轧辊技改',
      '15 友谊大街改造',
      '16 县中医院',
      '17 县中医院',
    ])
    expect(byName('晶澳300兆瓦光伏')).toEqual({
      name: '晶澳300兆瓦光伏',
      sector: '新能源',
      township: '二十家子镇',
      nature: '新开工',
      section: '新开工项目',
      planInvestment: 50000,
      completedInvestment: 12000,
      totalInvestment: 150000,
      start: '2023-03-15',
      unit: '发改局',
      amountsUnit: '万元',
      source: { sheet: '6月', row: 6 },
    })
  })

  it('reads numbers stored as text, spaces as thousands separators and a cell in 亿元 (exactly)', () => {
    expect(byName('绿谷农产品加工')).toMatchObject({
      planInvestment: 3000,
      completedInvestment: 1500,
      start: '2023-03',
    })
    expect(byName('联强轧辊技改')?.planInvestment).toBe(1)
    expect(byName('联强轧辊技改')?.completedInvestment).toBeUndefined() // '—' is no figure, not zero
  })

  it('gives a merged 责任单位 to every row under it', () => {
    expect(byName('绿谷农产品加工')?.unit).toBe('发改局')
  })

  it('takes the 建设性质 column where it is filled, and the section row where it is not', () => {
    expect(byName('友谊大街改造')?.nature).toBe('续建')
    expect(byName('县中医院')?.nature).toBe('续建')
    expect(byName('县中医院')?.section).toBe('续建项目')
  })

  it('keeps words it could not read as a date, and says so', () => {
    expect(byName('联强轧辊技改')?.start).toBeUndefined()
    expect(byName('联强轧辊技改')?.extra).toEqual({ 开工时间: '年内' })
  })

  it('names every row it did not take, with row, column and reason', () => {
    expect(codes(june?.issues ?? [])).toEqual([
      '5:skipped:section-row',
      '8:warning:unreadable-date@I',
      '9:skipped:total-row',
      '11:skipped:section-row',
      '12:skipped:repeated-header',
      '13:error:approximate-number@G',
      '14:error:missing-name@B',
      '15:warning:completed-exceeds-total@G',
      '15:warning:plan-exceeds-total@F',
      '17:warning:duplicate-name',
      '18:skipped:total-row',
      '19:skipped:sum-of-rows',
      '20:skipped:note-row',
      '21:skipped:note-row',
    ])
    const approx = june?.issues.find((i) => i.code === 'approximate-number')
    expect(approx).toMatchObject({
      header: '2023年计划投资 / 1-6月完成',
      params: { text: '约500', word: '约' },
    })
    // Its block includes the rejected rows 13 and 14: the file's own total counts them (plan and total
    // investment agree; the completed column has 约500 in it, so no sum of it is known).
    expect(june?.issues.find((i) => i.code === 'sum-of-rows')?.params).toEqual({ from: 6, to: 17 })
    expect(june?.issues.find((i) => i.code === 'duplicate-name')?.params).toEqual({
      otherRow: 16,
      otherSheet: '6月',
    })
  })

  it('accounts for every row below the header', () => {
    const { accepted, rejected, skipped } = june?.counts ?? { accepted: 0, rejected: 0, skipped: 0 }
    expect(accepted + rejected + skipped).toBe(21 - 4)
    expect({ accepted, rejected }).toEqual({ accepted: 6, rejected: 2 })
  })

  it('lists a sheet of notes beside the ledger as skipped, and a lone one as an error', () => {
    expect(result.sheets[1]?.issues).toEqual([
      { sheet: '填表说明', row: 0, severity: 'skipped', code: 'no-header' },
    ])
    const notes = readTable(messy, 'x.xlsx').sheets[1] as Sheet
    expect(readLedger({ sheets: [notes] }).issues).toEqual([
      { sheet: '填表说明', row: 0, severity: 'error', code: 'no-header' },
    ])
  })
})
