import { describe, expect, it } from 'vitest'
import { freshStore, p, R } from './helpers'

describe('imports', () => {
  it('undoes a whole import in one action, and redoes it, keeping the history', async () => {
    const store = await freshStore({ author: '张' })
    await store.actuals.importRows({ reportId: R, file: '1-2月.csv' }, [
      { reportId: R, indicatorId: 'gdp', period: p(2023, 2), growth: 4 },
    ])
    const march = await store.actuals.importRows({ reportId: R, file: '1-3月.csv' }, [
      { reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: 5 },
      { reportId: R, indicatorId: 'gdp', period: p(2023, 2), growth: 4.2 }, // a revised February
    ])
    const growth = async () => (await store.actuals.current(R)).map((v) => `${v.period.month}:${v.growth}`)
    expect(await growth()).toEqual(['2:4.2', '3:5'])

    expect(await store.imports.undo(march.id)).toBe(true)
    expect(await growth()).toEqual(['2:4'])
    let [latest] = await store.imports.list()
    expect(latest).toMatchObject({ id: march.id, undone: true, events: [{ op: 'undo', by: '张' }] })
    const history = await store.actuals.history({ reportId: R, indicatorId: 'gdp', period: p(2023, 2) })
    expect(history.map((h) => h.state)).toEqual(['import-undone', 'current'])

    expect(await store.imports.undo(march.id)).toBe(false)
    expect(await store.imports.redo(march.id)).toBe(true)
    expect(await growth()).toEqual(['2:4.2', '3:5'])
    ;[latest] = await store.imports.list()
    expect(latest?.undone).toBe(false)
    expect(latest?.events.map((e) => e.op)).toEqual(['undo', 'redo'])
  })

  it('a hand edit made after an import stays when the import is undone and redone', async () => {
    const store = await freshStore()
    const imp = await store.actuals.importRows({ reportId: R, file: 'a.csv' }, [
      { reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: 5 },
    ])
    await store.actuals.set({ reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: 5.5 })
    await store.imports.undo(imp.id)
    await store.imports.redo(imp.id)
    expect((await store.actuals.current(R))[0]?.growth).toBe(5.5)
  })

  it('lists by kind and report, and refuses an unknown id', async () => {
    const store = await freshStore()
    await store.actuals.importRows({ reportId: R, file: 'a.csv' }, [])
    await store.ledger.import(
      { reportId: R, file: '台账.xlsx', asOf: '2023-03-31', amountUnit: '万元', mapping: {} },
      [],
    )
    expect((await store.imports.list({ kind: 'ledger' })).map((i) => i.file)).toEqual(['台账.xlsx'])
    expect(await store.imports.list({ reportId: 'nope' })).toEqual([])
    await expect(store.imports.undo('imp-missing')).rejects.toThrow(/no import imp-missing/)
  })
})
