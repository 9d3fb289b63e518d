import { describe, expect, it, vi } from 'vitest'
import { readLedger, readLedgerSheet } from '../ledger-read'
import { readDelimited } from '../read-delimited'
import { readTable } from '../read-table'
import type { RowIssue, Sheet } from '../types'
import { gbkBytes } from './helpers/gbk'
import { xlsxBytes } from './helpers/workbook'

const codes = (issues: RowIssue[]) =>
  issues
    .filter((i) => i.code !== 'amount-unit-assumed')
    .map((i) => `${i.row}:${i.severity}:${i.code}${i.column ? `@${i.column}` : ''}`)
const csv = (rows: (string | number)[][], name = 's') =>
  readDelimited(rows.map((r) => r.join(',')).join('\n'), name)

describe('amount units', () => {
  it('reads 亿元 from the headings and converts a heading in 万元 exactly', () => {
    const sheet = csv([
      ['项目名称', '总投资(亿元)', '年度计划投资(万元)', '1-6月完成投资(亿元)'],
      ['甲', '12.3456', '1234.5', '0.05'],
    ])
    const r = readLedgerSheet(sheet)
    expect(r.analysis?.amounts).toEqual({ unit: '亿元', from: 'header' })
    expect(r.rows[0]).toMatchObject({
      totalInvestment: 12.3456,
      planInvestment: 0.12345,
      completedInvestment: 0.05,
      amountsUnit: '亿元',
    })
  })

  it('assumes 万元 when nothing names a unit, and says it did', () => {
    const r = readLedgerSheet(
      csv([
        ['项目名称', '总投资'],
        ['甲', '10'],
      ]),
    )
    expect(r.analysis?.amounts).toEqual({ unit: '万元', from: 'assumed' })
    expect(r.issues).toContainEqual({
      sheet: 's',
      row: 0,
      severity: 'warning',
      code: 'amount-unit-assumed',
      params: { unit: '万元' },
    })
  })

  it('takes the unit the user gives', () => {
    const r = readLedgerSheet(
      csv([
        ['项目名称', '总投资'],
        ['甲', '10'],
      ]),
      { amountsUnit: '亿元' },
    )
    expect(r.rows[0]).toMatchObject({ totalInvestment: 10, amountsUnit: '亿元' })
    expect(r.issues).toEqual([])
  })

  it('rejects an amount written in a unit of another kind', () => {
    const r = readLedgerSheet(
      csv([
        ['项目名称', '总投资(万元)'],
        ['甲', '12户'],
      ]),
    )
    expect(codes(r.issues)).toEqual(['2:error:unit-mismatch@B'])
  })

  it('counts an amount merged over two projects once, on its first row', () => {
    const t = readTable(
      xlsxBytes([
        {
          name: 's',
          rows: [
            ['项目名称', '总投资(万元)'],
            ['一期', 100],
            ['二期', null],
          ],
          merges: ['B2:B3'],
        },
      ]),
      'x.xlsx',
    )
    const r = readLedgerSheet(t.sheets[0] as Sheet)
    expect(r.rows.map((x) => x.totalInvestment)).toEqual([100, undefined])
    expect(r.issues).toMatchObject([
      { row: 3, code: 'merged-amount', severity: 'warning', params: { anchorRow: 2 } },
    ])
  })
})

describe('rows that are not projects', () => {
  it('finds an unlabelled subtotal right under its section heading', () => {
    const r = readLedgerSheet(
      csv([
        ['项目名称', '年度计划投资', '完成投资'],
        ['新开工项目', '30', '15'],
        ['甲', '10', '5'],
        ['乙', '20', '10'],
      ]),
    )
    expect(r.rows.map((x) => x.name)).toEqual(['甲', '乙'])
    expect(r.issues.filter((i) => i.row > 0)).toMatchObject([
      { row: 2, code: 'sum-of-rows', params: { from: 3, to: 4 } },
    ])
  })

  it('does not take a project for a sum by chance when only one figure agrees', () => {
    const r = readLedgerSheet(
      csv([
        ['项目名称', '年度计划投资', '完成投资'],
        ['甲', '2000', '100'],
        ['乙', '3000', '200'],
        ['丙', '5000', '900'],
      ]),
    )
    expect(r.rows).toHaveLength(3)
  })

  it('with one amount column, needs a block of three before calling a row their sum', () => {
    const two = readLedgerSheet(
      csv([
        ['项目名称', '总投资'],
        ['甲', '2000'],
        ['乙', '3000'],
        ['丙', '5000'],
      ]),
    )
    expect(two.rows).toHaveLength(3)
    const three = readLedgerSheet(
      csv([
        ['项目名称', '总投资'],
        ['甲', '1'],
        ['乙', '2'],
        ['丙', '3'],
        ['', '6'],
      ]),
    )
    expect(three.rows).toHaveLength(3)
    expect(codes(three.issues)).toEqual(['5:skipped:sum-of-rows'])
  })

  it('never takes a numbered row for a sum', () => {
    const r = readLedgerSheet(
      csv([
        ['序号', '项目名称', '年度计划投资', '完成投资'],
        ['1', '甲', '10', '5'],
        ['2', '乙', '20', '10'],
        ['3', '丙', '30', '15'],
      ]),
    )
    expect(r.rows).toHaveLength(3)
  })

  it('reads section rows numbered （一） and rows merged across, and 其中 rows', () => {
    const t = readTable(
      xlsxBytes([
        {
          name: 's',
          rows: [
            ['项目名称', '所属行业', '总投资'],
            ['（一）工业项目', null, null],
            ['甲', '新材料', 10],
            ['储备项目', null, null],
            ['其中：省级重点', null, 5],
            ['乙', '农业', 5],
          ],
          merges: ['A4:C4'],
        },
      ]),
      'x.xlsx',
    )
    const r = readLedgerSheet(t.sheets[0] as Sheet)
    expect(r.rows.map((x) => [x.name, x.section, x.nature])).toEqual([
      ['甲', '工业项目', undefined],
      ['乙', '储备项目', '储备'],
    ])
    expect(codes(r.issues)).toEqual(['2:skipped:section-row', '4:skipped:section-row', '5:skipped:total-row'])
  })
})

describe('mappings and sheets', () => {
  const june = csv([
    ['项目名称', '备注', '总投资'],
    ['甲', '乙镇', '10'],
  ])

  it('uses a mapping the user corrected, remembered by the shape of the header', () => {
    const first = readLedgerSheet(june)
    const id = first.analysis?.signature.id as string
    const corrected = { name: 0, township: 1, totalInvestment: 2 }
    const july = csv(
      [
        ['项目名称', '备注', '总投资'],
        ['丙', '丁镇', '20'],
      ],
      '7月',
    )
    const r = readLedgerSheet(july, { mappings: { [id]: corrected } })
    expect(r.rows[0]).toMatchObject({ name: '丙', township: '丁镇', totalInvestment: 20 })
    expect(r.rows[0]?.remarks).toBeUndefined()
    expect(r.analysis?.guess.guesses.every((g) => g.confidence === 1)).toBe(true)
  })

  it('says so when no column holds the project names', () => {
    const r = readLedgerSheet(june, { mappings: { s: { totalInvestment: 2, remarks: 1 } } })
    expect(r.issues).toEqual([
      { sheet: 's', row: 0, severity: 'error', code: 'missing-column', params: { field: 'name' } },
    ])
  })

  it('never takes a rate or a progress note for an amount', () => {
    const r = readLedgerSheet(
      csv([
        ['项目名称', '年度计划投资', '年度计划完成率(%)', '完成情况', '1-6月完成投资'],
        ['甲', '100', '45%', '主体完工', '45'],
      ]),
    )
    expect(r.analysis?.guess.mapping).toMatchObject({ name: 0, planInvestment: 1, completedInvestment: 4 })
    expect(r.rows[0]?.extra).toEqual({ '年度计划完成率(%)': '45%', 完成情况: '主体完工' })
  })

  it('asks about a 开工时间 of 2023.1 in a number cell: 2023.10 typed into Excel becomes 2023.1', () => {
    const t = readTable(
      xlsxBytes([
        {
          name: 's',
          rows: [
            ['项目名称', '开工时间'],
            ['甲', 2023.1],
            ['乙', '2023.1'],
          ],
        },
      ]),
      'x.xlsx',
    )
    const r = readLedgerSheet(t.sheets[0] as Sheet)
    expect(r.rows.map((x) => x.start)).toEqual([undefined, '2023-01'])
    expect(codes(r.issues)).toEqual(['2:warning:ambiguous-month@B'])
  })

  it('keeps unmapped columns in extra, by heading', () => {
    const r = readLedgerSheet(
      csv([
        ['项目名称', '形象进度', '总投资'],
        ['甲', '主体完工', '10'],
      ]),
    )
    expect(r.rows[0]?.extra).toEqual({ 形象进度: '主体完工' })
  })

  it('skips a hidden sheet (last month, kept out of sight) unless asked', () => {
    const bytes = xlsxBytes([
      {
        name: '5月',
        rows: [
          ['项目名称', '总投资(万元)'],
          ['甲', 1],
        ],
        hidden: true,
      },
      {
        name: '新开工项目',
        rows: [
          ['项目名称', '总投资(万元)'],
          ['甲', 2],
        ],
      },
    ])
    const book = readTable(bytes, 'x.xlsx')
    const r = readLedger(book)
    expect(r.rows).toMatchObject([{ name: '甲', totalInvestment: 2, source: { sheet: '新开工项目' } }])
    expect(r.issues).toEqual([{ sheet: '5月', row: 0, severity: 'skipped', code: 'hidden-sheet' }])
    expect(readLedger(book, { includeHidden: true }).rows).toHaveLength(2)
  })

  it('takes the 建设性质 from the sheet name when nothing else states it', () => {
    const book = readTable(
      xlsxBytes([
        {
          name: '续建项目',
          rows: [
            ['项目名称', '总投资(万元)'],
            ['甲', 2],
          ],
        },
      ]),
      'x.xlsx',
    )
    expect(readLedger(book).rows[0]?.nature).toBe('续建')
  })

  it('reports progress for a progress bar', () => {
    const onProgress = vi.fn()
    const rows = [['项目名称', '总投资'], ...Array.from({ length: 1200 }, (_, i) => [`项目${i}`, String(i)])]
    readLedger({ sheets: [csv(rows)] }, { onProgress })
    expect(onProgress).toHaveBeenCalledWith(500, 1201)
    expect(onProgress).toHaveBeenLastCalledWith(1201, 1201)
  })
})

describe('a GBK CSV ledger with a two-row header and no merges', () => {
  const text = [
    '朝阳县重点项目台账,,,,',
    '截至2023年7月31日,,,,单位：亿元',
    '项目名称,所在乡镇,2023年计划投资,,总投资',
    ',,计划,1-7月完成,',
    '"光伏 电站",羊山镇,"1.5","0.75",3',
    '小计,,"1.5","0.75",3',
  ].join('\r\n')
  const t = readTable(gbkBytes(text), '台账.csv')
  const r = readLedger(t)

  it('decodes, finds the header and reads the rows', () => {
    expect(t.encoding).toBe('gb18030')
    expect(r.rows).toEqual([
      {
        name: '光伏 电站',
        township: '羊山镇',
        planInvestment: 1.5,
        completedInvestment: 0.75,
        totalInvestment: 3,
        amountsUnit: '亿元',
        source: { sheet: '台账', row: 5 },
      },
    ])
    expect(r.sheets[0]?.analysis?.asOf).toMatchObject({ year: 2023, month: 7, day: 31 })
    expect(codes(r.issues)).toEqual(['6:skipped:total-row'])
  })
})
