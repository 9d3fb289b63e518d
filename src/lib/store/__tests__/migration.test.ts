import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { DB_VERSION, STORES_V1 } from '../db'
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
      'ledgerRows',
      'snapshots',
    ])
    raw.close()
  })
})
