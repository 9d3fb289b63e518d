import { describe, expect, it } from 'vitest'
import type { LedgerRowInput } from '../ledger'
import { freshStore, R } from './helpers'

const rows = (n: number, completed: (i: number) => number): LedgerRowInput[] =>
  Array.from({ length: n }, (_, i) => ({
    name: i === 0 ? '晶澳300MW光伏项目' : `项目${i}`,
    sheet: '重点项目',
    row: i + 4, // title rows above the header
    fields: {
      industry: '新能源',
      township: '柳城街道',
      plan: 10000,
      completed: completed(i),
      responsible: '发改局',
    },
  }))

describe('ledger snapshots', () => {
  it('stores a 10,000-row snapshot in batches, reporting progress, without blocking', async () => {
    const store = await freshStore()
    const progress: number[] = []
    let ticks = 0
    const timer = setInterval(() => {
      ticks += 1 // runs only if the import yields to the event loop between batches
    }, 0)
    const { snapshot } = await store.ledger.import(
      {
        reportId: R,
        file: '台账-3月.xlsx',
        sheet: '重点项目',
        asOf: '2023-03-31',
        amountUnit: '万元',
        mapping: { name: '项目名称', plan: '年度计划投资' },
      },
      rows(10_000, (i) => i),
      { batchSize: 2000, onProgress: ({ written }) => progress.push(written) },
    )
    clearInterval(timer)
    expect(progress).toEqual([2000, 4000, 6000, 8000, 10000])
    expect(ticks).toBeGreaterThanOrEqual(4)
    expect(snapshot).toMatchObject({ asOf: '2023-03-31', rowCount: 10_000, mapping: { name: '项目名称' } })
    const stored = await store.ledger.rows(snapshot.id)
    expect(stored).toHaveLength(10_000)
    expect(stored[0]).toMatchObject({
      name: '晶澳300MW光伏项目',
      sheet: '重点项目',
      row: 4,
      fields: { plan: 10000, completed: 0 },
    })
  })

  it('follows a project across monthly snapshots, and hides a snapshot whose import is undone', async () => {
    const store = await freshStore()
    const meta = { reportId: R, file: '台账.xlsx', amountUnit: '万元' as const, mapping: {} }
    await store.ledger.import(
      { ...meta, asOf: '2023-06-30' },
      rows(3, () => 5000),
    )
    const march = await store.ledger.import(
      { ...meta, asOf: '2023-03-31' },
      rows(3, () => 2000),
    )
    const history = await store.ledger.projectHistory('晶澳300MW光伏项目 ') // spacing does not matter
    expect(history.map((h) => [h.snapshot.asOf, h.row.fields.completed])).toEqual([
      ['2023-03-31', 2000],
      ['2023-06-30', 5000],
    ])
    expect((await store.ledger.latest({ reportId: R }))?.asOf).toBe('2023-06-30')
    await store.imports.undo(march.import.id)
    expect((await store.ledger.snapshots()).map((s) => s.asOf)).toEqual(['2023-06-30'])
  })

  it('refuses an unreadable as-of date and writes nothing', async () => {
    const store = await freshStore()
    await expect(
      store.ledger.import(
        { file: 'x.xlsx', asOf: '6月底', amountUnit: '万元', mapping: {} },
        rows(2, () => 1),
      ),
    ).rejects.toThrow(/asOf: not a date YYYY-MM-DD/)
    expect(await store.imports.list()).toEqual([])
  })

  it('refuses a file with a bad row before writing any row, naming the row', async () => {
    const store = await freshStore()
    const bad = [...rows(3, () => 1), { name: '', row: 9, fields: { plan: Number.POSITIVE_INFINITY } }]
    await expect(
      store.ledger.import({ file: 'x.xlsx', asOf: '2023-03-31', amountUnit: '万元', mapping: {} }, bad),
    ).rejects.toThrow(/x\.xlsx row 9: name: must be at least 1 characters/)
    expect(await store.ledger.snapshots()).toEqual([])
    expect(await store.imports.list()).toEqual([])
  })

  it('keeps the user’s match decisions, latest first, and can forget one', async () => {
    const store = await freshStore()
    await store.ledger.decideMatch({
      reportId: R,
      ledgerName: '晶澳300MW光伏项目',
      reportProjectId: 'jingao-pv',
      decision: 'rejected',
    })
    await store.ledger.decideMatch({
      reportId: R,
      ledgerName: '晶澳300MW光伏项目',
      reportProjectId: 'jingao-pv',
      decision: 'confirmed',
      by: '刘',
    })
    expect(await store.ledger.matches(R)).toEqual([
      expect.objectContaining({
        ledgerName: '晶澳300MW光伏项目',
        reportProjectId: 'jingao-pv',
        decision: 'confirmed',
        by: '刘',
      }),
    ])
    expect(await store.ledger.forgetMatch(R, '晶澳300MW光伏项目')).toBe(true)
    expect(await store.ledger.matches(R)).toEqual([])
  })
})
