import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { readLedger } from '../ledger-read'
import { readTable } from '../read-table'
import type { RowIssue } from '../types'
import { gbkBytes } from './helpers/gbk'
import { xlsxBytes } from './helpers/workbook'

// Ledgers of other shapes than the June/July fixtures, as other counties' 发改局 lay them out (all
// invented, 示例数据): amounts in 元, headings broken over lines, both 开工以来累计 and 今年1-N月 columns,
// a 全县总计 row; one sheet per 建设性质 in 亿元; a CSV whose cells carry their units; a GBK CSV under
// an 附件 line; totals in the 序号 column, 其中 rows; an old .xls. Each says what it could not read.
const read = (bytes: Uint8Array, name: string) => readLedger(readTable(bytes, name))
const codes = (issues: RowIssue[]) =>
  issues
    .filter((i) => i.code !== 'amount-unit-assumed')
    .map((i) => `${i.sheet}!${i.row}:${i.severity}:${i.code}${i.column ? `@${i.column}` : ''}`)

describe('a ledger in 元 with headings over two lines', () => {
  const r = read(
    xlsxBytes([
      {
        name: 'Sheet1',
        rows: [
          ['2023年全县重点项目建设进展情况'],
          ['填报单位：县发改局', null, null, null, null, null, '单位：元'],
          [
            '序号',
            '项目\n名称',
            '行业\n类别',
            '建设\n地点',
            '计划总投资',
            '2023年\n计划投资',
            '开工以来累计完成投资',
            '今年1-6月\n完成投资',
            '包保\n领导',
            '责任\n单位',
          ],
          [
            1,
            '示例甲项目',
            '新能源',
            '羊山镇',
            1200000000,
            300000000,
            500000000,
            120000000,
            '张某',
            '发改局',
          ],
          [],
          [
            2,
            '示例乙项目',
            '文旅',
            '柳城街道',
            '80,000,000',
            '20,000,000',
            '10,000,000',
            '9,000,000',
            '李某',
            '文旅局',
          ],
          [null, '全县总计', null, null, 1280000000, 320000000, 510000000, 129000000],
        ],
      },
    ]),
    'a.xlsx',
  )
  it('reads 元 from the unit line, and this year’s completion, not the total since the start', () => {
    expect(
      r.rows.map((x) => [x.name, x.amountsUnit, x.totalInvestment, x.planInvestment, x.completedInvestment]),
    ).toEqual([
      ['示例甲项目', '元', 1200000000, 300000000, 120000000],
      ['示例乙项目', '元', 80000000, 20000000, 9000000],
    ])
    expect(r.rows[0]).toMatchObject({ sector: '新能源', township: '羊山镇', unit: '发改局', leader: '张某' })
    // The cumulative column is kept, by its heading, not lost.
    expect(r.rows[0]?.extra).toEqual({ 开工以来累计完成投资: '500000000' })
    expect(r.sheets[0]?.analysis?.asOf).toMatchObject({ month: 6 })
  })
  it('skips the blank row silently and the 全县总计 row with its reason', () => {
    expect(codes(r.issues)).toEqual(['Sheet1!7:skipped:total-row'])
  })
})

describe('one sheet per 建设性质, amounts in 亿元 in the headings', () => {
  const sheet = (name: string, rows: unknown[][]) => ({
    name,
    rows: [
      [`${name}项目（截止2023年9月30日）`],
      [
        '项目名称',
        '产业类别',
        '所在乡镇',
        '总投资（亿元）',
        '年度计划投资（亿元）',
        '1-9月累计完成投资（亿元）',
        '责任单位',
        '备注',
      ],
      ...rows,
      ['小  计', null, null, 3, 1, 0.5],
    ],
  })
  const r = read(
    xlsxBytes([
      sheet('新开工', [
        ['示例丙项目', '装备制造', '北四家子乡', 2, 0.6, 0.3, '工信局', ''],
        ['示例丁项目', '农产品加工', '羊山镇', 1, 0.4, 0.2, '农业农村局', ''],
      ]),
      sheet('续建', [['示例戊项目', '新能源', '羊山镇', 5, 2, '1.2', '发改局', '已投产']]),
    ]),
    'b.xlsx',
  )
  it('reads every sheet, with its 建设性质 from the sheet name and the as-of date from its title', () => {
    expect(
      r.rows.map((x) => `${x.source.sheet}:${x.name}:${x.nature}:${x.completedInvestment}${x.amountsUnit}`),
    ).toEqual([
      '新开工:示例丙项目:新开工:0.3亿元',
      '新开工:示例丁项目:新开工:0.2亿元',
      '续建:示例戊项目:续建:1.2亿元',
    ])
    expect(r.sheets.map((s) => s.analysis?.asOf)).toEqual([
      expect.objectContaining({ year: 2023, month: 9, day: 30 }),
      expect.objectContaining({ year: 2023, month: 9, day: 30 }),
    ])
    expect(codes(r.issues)).toEqual(['新开工!5:skipped:total-row', '续建!4:skipped:total-row'])
  })
})

describe('a CSV whose cells carry their units', () => {
  const r = read(
    new TextEncoder().encode(
      [
        '项目名称,所属行业,建设地点,建设性质,总投资,年度计划投资,1-10月完成投资,责任单位',
        '示例己项目,新能源,羊山镇,续建,5亿元,1.2亿元,8000万元,发改局',
        ',,,,,,,',
        '示例庚项目,教育,柳城街道,新开工,3000万元,1000万元,"1,200万元",教育局',
        '合计,,,,5.3亿元,1.3亿元,9200万元,',
      ].join('\n'),
    ),
    'c.csv',
  )
  it('brings 亿元 and 万元 cells to one unit exactly', () => {
    expect(
      r.rows.map((x) => [x.name, x.amountsUnit, x.totalInvestment, x.planInvestment, x.completedInvestment]),
    ).toEqual([
      ['示例己项目', '万元', 50000, 12000, 8000],
      ['示例庚项目', '万元', 3000, 1000, 1200],
    ])
    expect(codes(r.issues)).toEqual(['c!5:skipped:total-row'])
  })
})

describe('a GBK CSV under an 附件 line, with 单位 for the responsible unit', () => {
  const r = read(
    gbkBytes(
      [
        '附件1',
        '全县重点项目台账（截至10月底）',
        '单位:万元',
        '序号,项目名称,行业,乡镇,性质,总投资,年度计划,累计完成,单位,备注',
        '1,示例辛项目,新能源,羊山镇,续建,"12,000","3,000","2,500",发改局,',
        '2,示例壬项目,市政,柳城街道,新开工,5000,2000,,住建局,未开工',
        ',,,,,,,,,',
        ',合计,,,,17000,5000,2500,,',
      ].join('\r\n'),
    ),
    'd.csv',
  )
  it('reads the rows; a heading of just 单位 is kept by name for the user to map, never guessed', () => {
    expect(r.rows.map((x) => [x.name, x.township, x.planInvestment, x.completedInvestment, x.extra])).toEqual(
      [
        ['示例辛项目', '羊山镇', 3000, 2500, { 单位: '发改局' }],
        ['示例壬项目', '柳城街道', 2000, undefined, { 单位: '住建局' }],
      ],
    )
    expect(r.sheets[0]?.analysis?.asOf).toMatchObject({ month: 10 })
    expect(codes(r.issues)).toEqual(['d!8:skipped:total-row'])
  })
})

describe('totals in the 序号 column, 其中 rows and cells it cannot read', () => {
  const r = read(
    xlsxBytes([
      {
        name: 'S',
        rows: [
          ['全县2023年重点项目台账（截至2023年8月31日）'],
          [
            '序号',
            '项目名称',
            '所属行业',
            '所在乡镇',
            '总投资（万元）',
            '2023年计划投资（万元）',
            '1-8月完成投资（万元）',
            '完成率',
            '责任单位',
          ],
          ['合计', null, null, null, 30000, 9000, 5000, '55.6%', null],
          [null, '全县合计（3个）', null, null, 30000, 9000, 5000, 0.556, null],
          [null, '其中：新开工', null, null, 10000, 3000, 1000, 0.33, null],
          [1, '示例项目一', '新能源', '羊山镇', 20000, 6000, 4000, 0.667, '发改局'],
          [2, '  ', '文旅', '柳城街道', 10000, 3000, 1000, 0.333, '文旅局'],
          [3, '示例项目三', '文旅', '柳城街道', 'abc', '3000', '待定', null, '文旅局'],
        ],
      },
    ]),
    'e.xlsx',
  )
  it('never takes a total or 其中 row for a project, nor a rate for an amount, and names every row it did not take', () => {
    expect(r.rows.map((x) => [x.name, x.completedInvestment, x.extra])).toEqual([
      ['示例项目一', 4000, { 完成率: '0.667' }],
    ])
    expect(codes(r.issues)).toEqual([
      'S!3:skipped:total-row',
      'S!4:skipped:total-row',
      'S!5:skipped:total-row',
      'S!7:error:missing-name@B',
      'S!8:error:not-a-number@E',
      'S!8:error:not-a-number@G',
    ])
  })
})

describe('files it cannot read as a ledger, and an old .xls', () => {
  it('says so when no heading names the projects', () => {
    const r = read(
      xlsxBytes([
        {
          name: 'x',
          rows: [
            ['a', 'b'],
            [1, 2],
          ],
        },
      ]),
      'x.xlsx',
    )
    expect(r.rows).toEqual([])
    expect(codes(r.issues)).toEqual(['x!0:error:no-header'])
  })
  it('reads an .xls saved by WPS as it reads an .xlsx', () => {
    const wb = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['项目名称', '年度计划投资', '1-6月完成投资'],
        ['示例癸项目', 100, 40],
      ]),
      'S',
    )
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer)
    expect(read(bytes, 'f.xls').rows).toEqual([
      expect.objectContaining({ name: '示例癸项目', planInvestment: 100, completedInvestment: 40 }),
    ])
  })
})
