import { describe, expect, it } from 'vitest'
import { readLedger } from '@/lib/imports/ledger-read'
import { readTable } from '@/lib/imports/read-table'
import { buildCsv, buildXlsx } from '@/lib/imports/write-table'
import { joinProjects } from '@/lib/ledger-model'
import { reportJson } from '@/testing/fixtures'
import zh from '../ledger/locales/zh.json'
import { type ExportWords, ledgerExportColumns } from '../model/ledger-export'

// The exported ledger is a file staff open in Excel and may bring back next month: the ledger's
// figures as read, the status columns added, and nothing lost on the way back in.
const report = reportJson()
// An invented ledger (示例数据), read in 亿元: the export states 万元.
const list = joinProjects({
  report,
  ledger: {
    snapshot: { file: '示例台账（虚构）.xlsx', asOf: '2023-06-30', amountUnit: '亿元' },
    rows: [
      {
        name: '晶澳300MW光伏项目',
        row: 5,
        fields: { industry: '新能源', township: '柳城街道', total: 12, plan: 3, completed: 1.8 },
      },
      {
        name: '示例番茄加工厂（虚构）',
        row: 6,
        fields: { industry: '农产品加工', township: '大平房镇', plan: 0.8, completed: 0.12 },
      },
      { name: '示例职教中心（虚构）', row: 7, fields: { industry: '教育', township: '柳城街道' } },
    ],
  },
})
const cols = zh.export.col as Record<string, string>
const words: ExportWords = {
  header: (k) => cols[k] ?? k,
  light: (l) => l,
  reason: (r) => r,
  origin: (o) => o,
}
const withoutSnapshot = ledgerExportColumns(null, 'zh', words)
const ledgerRows = list.rows.filter((r) => r.entry)

describe('the ledger export', () => {
  const snapshot = { id: 1, file: '示例台账（虚构）.xlsx', asOf: '2023-06-30', amountUnit: '亿元' } as never
  const withStatus = ledgerExportColumns(snapshot, 'zh', words)
  it('adds completion, time elapsed, gap, status and why, in 万元, with the ledger row', () => {
    const text = new TextDecoder().decode(buildCsv(withStatus, ledgerRows)).replace(/^\uFEFF/, '')
    const [head, ...lines] = text.trim().split(/\r?\n/)
    const at = (name: string) => head?.split(',').indexOf(name) ?? -1
    const row = (name: string) => lines.find((l) => l.startsWith(name))?.split(',') ?? []
    const jingao = row('晶澳300MW光伏项目')
    expect(jingao[at('年度计划投资（万元）')]).toBe('30000')
    expect(jingao[at('完成投资（万元）')]).toBe('18000')
    expect(jingao[at('完成率（%）')]).toBe('60')
    expect(jingao[at('时序进度（%）')]).toBe('50')
    expect(jingao[at('状态')]).toBe('green')
    expect(jingao[at('台账行号')]).toBe('5')
    expect(row('示例番茄加工厂（虚构）')[at('状态')]).toBe('red')
    expect(row('示例职教中心（虚构）')[at('无状态原因')]).toBe('no-plan')
  })
  it('reads back in: the same projects and amounts from its own XLSX', () => {
    const bytes = new Uint8Array(
      buildXlsx([
        {
          name: '重点项目',
          columns: withStatus,
          rows: ledgerRows,
          preamble: ['朝阳县重点项目', '截至 2023-06-30；金额单位：万元'],
        },
      ]),
    )
    const back = readLedger(readTable(bytes, 'export.xlsx'))
    expect(back.rows.map((r) => [r.name, r.amountsUnit, r.planInvestment, r.completedInvestment])).toEqual([
      ['晶澳300MW光伏项目', '万元', 30000, 18000],
      ['示例番茄加工厂（虚构）', '万元', 8000, 1200],
      ['示例职教中心（虚构）', '万元', undefined, undefined],
    ])
  })
  it('without a snapshot (the report’s projects alone) leaves time elapsed empty', () => {
    expect(withoutSnapshot.find((c) => c.header === '时序进度（%）')?.value(list.rows[0] as never)).toBeNull()
  })
})
