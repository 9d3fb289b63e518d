import { describe, expect, it } from 'vitest'
import { projectNameKey } from '@/lib/store/ledger'
import { reportJson } from '@/testing/fixtures'
import { nameKey } from '../convert'
import { joinProjects, toWan } from '../join'
import { phaseOf } from '../phases'
import { entry, ledgerOf } from './helpers'

const report = reportJson()
const N = report.projects.length

describe('joinProjects: one list of ledger rows and the report’s named projects', () => {
  const ledger = ledgerOf([
    entry('晶澳300MW光伏项目', 5, {
      industry: '新能源',
      township: '柳城街道',
      nature: '续建',
      plan: 20000,
      completed: 12000,
      responsible: '发改局',
    }),
    entry('县第二污水处理厂', 6, {
      industry: '市政',
      township: '大平房镇',
      nature: '新开工',
      plan: 5000,
      completed: 1000,
      responsible: '住建局',
    }),
    entry('某某食用菌基地', 7, {
      industry: '食用菌',
      township: '大平房镇',
      nature: '计划新开工',
      responsible: '农业农村局',
    }),
    entry('中电储能电站', 8, {
      industry: '储能',
      township: '柳城街道',
      nature: '续建',
      plan: 8000,
      completed: 4400,
    }),
  ])

  it('matches a ledger row to its report project by name and keeps both', () => {
    const { rows } = joinProjects({ report, ledger })
    const jingao = rows.find((r) => r.name === '晶澳300MW光伏项目')
    expect(jingao).toMatchObject({
      id: 'jingao-300mw-pv',
      origin: 'both',
      matchedBy: 'name',
      sector: 'energy',
    })
    expect(jingao?.project?.quote).toContain('晶澳')
    // Report projects the ledger does not have stay, marked as report-only; no project is listed twice.
    expect(rows.filter((r) => r.origin === 'report')).toHaveLength(N - 1)
    expect(rows).toHaveLength(4 + N - 1)
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
  })

  it('proposes an uncertain match instead of taking it, and follows the user’s decisions', () => {
    const first = joinProjects({ report, ledger })
    const proposal = first.proposals.find((p) => p.ledgerName === '中电储能电站')
    expect(proposal).toMatchObject({ projectId: 'zhongdian-energy-storage-station', ledgerRow: 8 })
    expect(first.rows.find((r) => r.name === '中电储能电站')?.origin).toBe('ledger')
    const confirmed = joinProjects({
      report,
      ledger,
      matches: [
        {
          ledgerName: '中电储能电站',
          reportProjectId: 'zhongdian-energy-storage-station',
          decision: 'confirmed',
        },
      ],
    })
    expect(confirmed.rows.find((r) => r.name === '中电储能电站')).toMatchObject({
      origin: 'both',
      matchedBy: 'user',
    })
    expect(confirmed.proposals.some((p) => p.ledgerName === '中电储能电站')).toBe(false)
    const rejected = joinProjects({
      report,
      ledger,
      matches: [
        { ledgerName: '晶澳300MW光伏项目', reportProjectId: 'jingao-300mw-pv', decision: 'rejected' },
      ],
    })
    expect(rejected.rows.find((r) => r.name === '晶澳300MW光伏项目')?.origin).toBe('ledger')
    expect(rejected.rows.find((r) => r.id === 'jingao-300mw-pv')?.origin).toBe('report')
  })

  it('rates each ledger project against time elapsed, and gives no light without a plan, saying why', () => {
    const { rows } = joinProjects({ report, ledger })
    const by = (n: string) => rows.find((r) => r.name === n)
    // 12000 ÷ 20000 = 60% against 50% of the year: on track.
    expect(by('晶澳300MW光伏项目')).toMatchObject({ light: 'green', completion: 60 })
    // 20% against 50%: 30 points behind, beyond the default 10.
    expect(by('县第二污水处理厂')?.status).toMatchObject({ light: 'red', gap: -30 })
    expect(by('某某食用菌基地')?.status).toMatchObject({ light: null, reason: 'no-plan' })
    expect(by('某某食用菌基地')?.light).toBe('none')
    // A report project outside the ledger has nothing to judge.
    expect(rows.find((r) => r.origin === 'report')?.status).toBeNull()
  })

  it('maps 行业 words onto sectors, lists unmapped ones, and lets the user decide', () => {
    const first = joinProjects({ report, ledger })
    expect(first.words.map((w) => `${w.word}:${w.mapping.via}`)).toEqual(
      expect.arrayContaining(['新能源:default', '食用菌:unmapped', '市政:default', '储能:default']),
    )
    expect(first.rows.find((r) => r.name === '某某食用菌基地')).toMatchObject({
      sector: null,
      sectorVia: 'none',
    })
    const mapped = joinProjects({ report, ledger, sectorWords: { 食用菌: 'agrifood', 市政: null } })
    expect(mapped.rows.find((r) => r.name === '某某食用菌基地')).toMatchObject({
      sector: 'agrifood',
      sectorVia: 'override',
    })
    expect(mapped.rows.find((r) => r.name === '县第二污水处理厂')).toMatchObject({
      sector: null,
      sectorVia: 'none',
    })
  })

  it('reads amounts in 万元 whatever the file’s unit, by an exact shift', () => {
    const yi = ledgerOf(
      [entry('某项目', 3, { plan: 1.2, completed: 0.35, total: 3.3 })],
      '2023-03-31',
      '亿元',
    )
    const row = joinProjects({ report, ledger: yi }).rows[0]
    expect(row).toMatchObject({ plan: 12000, completed: 3500, total: 33000, investmentYi: 3.3 })
    expect(toWan(123456, '万元')).toBe(123456)
    expect(toWan(5, '元')).toBe(0.0005)
  })

  it('keeps the ledger’s order and the 建设性质 classes staff group by', () => {
    const { rows } = joinProjects({ report, ledger })
    expect(rows.slice(0, 4).map((r) => r.phase)).toEqual(['continuing', 'new', 'new', 'continuing'])
    expect(['竣工投产', '已竣工', '前期', '停建', ''].map(phaseOf)).toEqual([
      'producing',
      'completed',
      'preparing',
      'other',
      null,
    ])
  })

  it('follows projects by the store’s own name key', () => {
    for (const n of ['晶澳 300MW 光伏', 'ＡＢＣ项目', 'x\ty']) expect(nameKey(n)).toBe(projectNameKey(n))
  })
})
