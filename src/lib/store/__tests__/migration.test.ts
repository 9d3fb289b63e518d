import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { DB_VERSION, STORES_V1, STORES_V2 } from '../db'
import { R, reopen } from './helpers'

describe('schema migrations', () => {
  it('opens a v1 database and carries its data to the current version', async () => {
    const name = `v1-${Math.random()}`
    const v1 = new Dexie(name)
    v1.version(1).stores(STORES_V1)
    await v1
      .table('imports')
      .add({ id: 'imp-1', file: '1-3月.csv', rows: 1, at: '2023-04-10T02:00:00.000Z', by: '王' })
    await v1.table('actuals').bulkAdd([
      {
        id: 'chg-1',
        reportId: R,
        indicatorId: 'gdp',
        period: '2023-03',
        growth: 5.2,
        source: {
          kind: 'import',
          importId: 'imp-1',
          file: '1-3月.csv',
          row: 2,
          at: '2023-04-10T02:00:00.000Z',
          by: '王',
        },
      },
      {
        id: 'chg-2',
        reportId: R,
        indicatorId: 'gdp',
        period: '2023-03',
        growth: 5.4,
        source: { kind: 'manual', at: '2023-04-11T02:00:00.000Z' },
      },
    ])
    v1.close()

    const store = await reopen(name)
    expect(store.status).toEqual({ state: 'ok' })
    const history = await store.actuals.history({ reportId: R, indicatorId: 'gdp' })
    expect(history).toEqual([
      expect.objectContaining({
        growth: 5.4,
        state: 'current',
        source: { kind: 'manual', at: '2023-04-11T02:00:00.000Z' },
      }),
      expect.objectContaining({
        growth: 5.2,
        state: 'superseded',
        period: { year: 2023, month: 3 },
        source: {
          kind: 'import',
          importId: 'imp-1',
          file: '1-3月.csv',
          row: 2,
          at: '2023-04-10T02:00:00.000Z',
          by: '王',
        },
      }),
    ])
    expect(await store.imports.list()).toEqual([
      expect.objectContaining({
        id: 'imp-1',
        kind: 'actuals',
        counts: { rows: 1, accepted: 1, rejected: 0 },
        author: '王',
        undone: false,
      }),
    ])
    // The migrated data is valid: it survives a backup round trip's checks.
    expect(store.backup.check(await store.backup.exportJson())).toMatchObject({ ok: true })

    const raw = new Dexie(name)
    await raw.open()
    expect(raw.verno).toBe(DB_VERSION)
    expect(raw.tables.map((t) => t.name).sort()).toEqual([
      'changes',
      'docs',
      'events',
      'imports',
      'ledgerChunks',
      'snapshots',
    ])
    raw.close()
  })

  it('opens a v2 database (one record per ledger row) and keeps its ledger, in chunks', async () => {
    const name = `v2-${Math.random()}`
    const v2 = new Dexie(name)
    v2.version(1).stores(STORES_V1)
    v2.version(2).stores(STORES_V2)
    const at = '2023-07-05T02:00:00.000Z'
    await v2.table('imports').add({
      id: 'imp-l',
      updatedAt: at,
      kind: 'ledger',
      reportId: R,
      file: '台账-6月（示例）.xlsx',
      counts: { rows: 3, accepted: 3, rejected: 0 },
      example: false,
    })
    await v2.table('snapshots').add({
      id: 'snp-1',
      updatedAt: at,
      importId: 'imp-l',
      reportId: R,
      asOf: '2023-06-30',
      file: '台账-6月（示例）.xlsx',
      amountUnit: '万元',
      mapping: { name: '项目名称' },
      rowCount: 3,
    })
    // Written out of order, as IndexedDB may return them: the file's order comes back.
    await v2.table('ledgerRows').bulkAdd(
      [2, 0, 1].map((i) => ({
        id: `snp-1/${i}`,
        snapshotId: 'snp-1',
        name: `示例项目${i}`,
        nameKey: `示例项目${i}`,
        row: 4 + i,
        fields: { plan: 100 * (i + 1), completed: 10 },
      })),
    )
    v2.close()

    const store = await reopen(name)
    expect((await store.ledger.rows('snp-1')).map((r) => [r.name, r.row, r.fields.plan])).toEqual([
      ['示例项目0', 4, 100],
      ['示例项目1', 5, 200],
      ['示例项目2', 6, 300],
    ])
    expect((await store.ledger.projectHistory('示例项目1')).map((h) => h.snapshot.asOf)).toEqual([
      '2023-06-30',
    ])
    // A backup still lists the rows one by one, as version 1 of the format always has.
    const backup = await store.backup.export()
    expect(backup.counts.ledgerRows).toBe(3)
    expect(store.backup.check(JSON.stringify(backup))).toMatchObject({ ok: true })
    const raw = new Dexie(name)
    await raw.open()
    expect(await raw.table('ledgerChunks').count()).toBe(1)
    raw.close()
  })
})
