import { describe, expect, it } from 'vitest'
import { realReport, reportText } from '@/testing/data'
import { DB_VERSION } from '../db'
import type { Store } from '../store'
import { actualRows, freshStore, p, R } from './helpers'

/** Everything a user can see through the API, to compare two stores. */
async function reads(store: Store) {
  const snapshots = await store.ledger.snapshots()
  return {
    real: await store.actuals.current(R),
    example: await store.actuals.current(R, { layer: 'example' }),
    history: await store.actuals.history({ reportId: R, indicatorId: 'ind-0' }),
    imports: await store.imports.list(),
    snapshots,
    rows: await Promise.all(snapshots.map((s) => store.ledger.rows(s.id))),
    matches: await store.ledger.matches(R),
    thresholds: await store.settings.thresholds(),
    mapping: await store.settings.columnMapping('指标|期间|累计值'),
    reports: await store.reports.list(),
  }
}

async function filled(): Promise<Store> {
  const store = await freshStore({ author: '王' })
  const imp = await store.actuals.importRows(
    { reportId: R, file: '月报.xlsx', sheet: '1' },
    actualRows(R, 3, 1),
  )
  await store.actuals.set({
    reportId: R,
    indicatorId: 'ind-0',
    period: p(2019, 3),
    growth: 9.9,
    note: '更正',
  })
  await store.imports.undo(imp.id)
  await store.imports.redo(imp.id)
  await store.examples.load(R, [{ reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: 1 }])
  await store.ledger.import(
    { reportId: R, file: '台账.xlsx', asOf: '2023-03-31', amountUnit: '万元', mapping: { name: '项目名称' } },
    [
      {
        name: '项目甲',
        row: 5,
        fields: { plan: 100, completed: 20, township: '柳城' },
        extra: { 备注2: 'x' },
      },
    ],
  )
  await store.ledger.decideMatch({
    reportId: R,
    ledgerName: '项目甲',
    reportProjectId: 'p-1',
    decision: 'confirmed',
  })
  await store.settings.setThresholds({ growthTolerance: 1.5, progressTolerance: 8 })
  await store.settings.rememberColumnMapping('指标|期间|累计值', {
    indicator: '指标',
    period: '期间',
    value: '累计值',
  })
  await store.reports.save({ dataset: realReport(), text: reportText() })
  return store
}

describe('backup', () => {
  it('round-trips exactly: export → fresh store → restore → identical reads and an identical file', async () => {
    const source = await filled()
    const json = await source.backup.exportJson()
    const target = await freshStore()
    const result = await target.backup.restore(json)
    expect(result).toMatchObject({ ok: true, mode: 'merge', conflicts: [] })
    expect(await reads(target)).toEqual(await reads(source))
    const again = JSON.parse(await target.backup.exportJson())
    const first = JSON.parse(json)
    expect({ ...again, exportedAt: null }).toEqual({ ...first, exportedAt: null })
    expect(first).toMatchObject({
      format: 'work-report-dashboard/user-data',
      version: 1,
      schemaVersion: DB_VERSION,
    })
    expect((await target.reports.get(R))?.text).toBe(reportText())
  })

  it('into a store with data: asks first, then merges by id without losing either side', async () => {
    const source = await filled()
    const backup = await source.backup.export()
    const target = await freshStore()
    await target.actuals.set({ reportId: R, indicatorId: 'mine', period: p(2023, 1), growth: 3 })
    const asked = await target.backup.restore(backup)
    expect(asked).toMatchObject({
      ok: false,
      reason: 'needs-choice',
      existing: { changes: 1 },
      incoming: { changes: 38 },
    })
    expect(await target.actuals.current(R)).toHaveLength(1) // nothing touched yet

    const merged = await target.backup.restore(backup, { mode: 'merge' })
    expect(merged).toMatchObject({ ok: true, added: { changes: 38 }, unchanged: 0 })
    const ids = (await target.actuals.current(R)).map((v) => v.indicatorId)
    expect(ids).toContain('mine')
    expect(ids).toContain('ind-2')
    // Merging the same file again adds nothing.
    expect(await target.backup.restore(backup, { mode: 'merge' })).toMatchObject({
      ok: true,
      added: { changes: 0 },
      unchanged: 49,
    })
  })

  it('replaces only when asked to', async () => {
    const source = await filled()
    const target = await freshStore()
    await target.actuals.set({ reportId: R, indicatorId: 'mine', period: p(2023, 1), growth: 3 })
    await target.backup.restore(await source.backup.export(), { mode: 'replace' })
    expect(await reads(target)).toEqual(await reads(source))
  })

  it('reports a record that differs under the same id as a conflict and keeps the local one', async () => {
    const source = await filled()
    const backup = await source.backup.export()
    const first = backup.tables.changes[0]
    if (!first) throw new Error('no change')
    const edited = {
      ...backup,
      tables: { ...backup.tables, changes: [{ ...first, growth: 123 }, ...backup.tables.changes.slice(1)] },
    }
    const result = await source.backup.restore(edited, { mode: 'merge' })
    expect(result).toMatchObject({ ok: true, conflicts: [`changes/${first.id}`] })
  })
})

describe('a corrupted backup is refused with a clear reason, and nothing is restored', () => {
  const cases: [string, (text: string) => unknown, RegExp][] = [
    ['not JSON (cut off)', (t) => t.slice(0, t.length / 2), /not a JSON file/],
    ['another file', () => ({ hello: 1 }), /not a backup of this app/],
    [
      'a newer format',
      (t) => ({ ...JSON.parse(t), version: 7 }),
      /newer version of the app \(backup version 7/,
    ],
    [
      'records missing',
      (t) => {
        const b = JSON.parse(t)
        b.tables.changes.pop()
        return b
      },
      /tables\.changes: the file holds 37 records but says 38/,
    ],
    [
      'a bad record',
      (t) => {
        const b = JSON.parse(t)
        b.tables.changes[3].month = 13
        return b
      },
      /tables\.changes\[3\]\.month: must be at most 12/,
    ],
    [
      'an unknown field',
      (t) => {
        const b = JSON.parse(t)
        b.tables.imports[0].secret = 1
        return b
      },
      /tables\.imports\[0\]: unknown field "secret"/,
    ],
    [
      'a dangling reference',
      (t) => {
        const b = JSON.parse(t)
        b.tables.snapshots[0].importId = 'imp-gone'
        return b
      },
      /tables\.snapshots\[0\]\.importId: no import "imp-gone"/,
    ],
    [
      'a duplicate id',
      (t) => {
        const b = JSON.parse(t)
        b.tables.docs.push(b.tables.docs[0])
        b.counts.docs += 1
        return b
      },
      /duplicate id/,
    ],
    [
      'a broken saved report',
      (t) => {
        const b = JSON.parse(t)
        const doc = b.tables.docs.find((d: { type: string }) => d.type === 'report')
        doc.value.dataset.indicators = 'none'
        return b
      },
      /not a valid saved report/,
    ],
  ]
  for (const [what, corrupt, reason] of cases) {
    it(what, async () => {
      const source = await filled()
      const target = await freshStore()
      const result = await target.backup.restore(corrupt(await source.backup.exportJson()))
      expect(result.ok).toBe(false)
      if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid')
      expect(result.problems.join('\n')).toMatch(reason)
      expect(await target.backup.export()).toMatchObject({ counts: { changes: 0, imports: 0, docs: 0 } })
    })
  }
})
