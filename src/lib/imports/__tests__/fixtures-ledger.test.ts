// The messy-files set (tests/fixtures/imports, invented): each file read from its bytes as a user would
// drop it, checked for what is taken, what is not and why.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLedger } from '../ledger-read'
import { projectMatcher } from '../project-match'
import { readTable } from '../read-table'
import { mapSectorWords } from '../sector-map'
import type { RowIssue } from '../types'

const DIR = resolve(import.meta.dirname, '../../../../tests/fixtures/imports')
const open = (file: string) => readTable(new Uint8Array(readFileSync(resolve(DIR, file))), file)
const codes = (issues: RowIssue[]) =>
  issues.map((i) => `${i.sheet}!${i.row}:${i.severity}:${i.code}${i.column ? `@${i.column}` : ''}`)

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
