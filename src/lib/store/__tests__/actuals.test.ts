import { describe, expect, it } from 'vitest'
import { StoreInputError } from '../errors'
import { actualRows, freshStore, p, R } from './helpers'

describe('actuals', () => {
  it('imports a batch with each row keeping its file, sheet and row', async () => {
    const store = await freshStore({ author: '统计局 王' })
    const imp = await store.actuals.importRows({ reportId: R, file: '1-3月.xlsx', sheet: '月报' }, [
      {
        reportId: R,
        indicatorId: 'retail-sales',
        period: p(2023, 3),
        value: 12.5,
        unit: '亿元',
        growth: 6.1,
        row: 4,
      },
      { reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: 5.2, row: 5 },
    ])
    const [gdp, retail] = await store.actuals.current(R)
    expect(retail).toMatchObject({
      indicatorId: 'retail-sales',
      period: { year: 2023, month: 3 },
      value: 12.5,
      unit: '亿元',
      growth: 6.1,
      source: {
        kind: 'import',
        importId: imp.id,
        file: '1-3月.xlsx',
        sheet: '月报',
        row: 4,
        by: '统计局 王',
      },
    })
    expect(gdp).toMatchObject({ indicatorId: 'gdp', growth: 5.2 })
    expect(gdp).not.toHaveProperty('value') // not stored as undefined: reads back exactly from a backup
    expect(imp.counts).toEqual({ rows: 2, accepted: 2, rejected: 0 })
  })

  it('groups series by indicator in period order', async () => {
    const store = await freshStore()
    await store.actuals.importRows({ reportId: R, file: 'a.csv' }, actualRows(R, 2, 2).reverse())
    const series = await store.actuals.series(R)
    expect([...series.keys()]).toEqual(['ind-0', 'ind-1'])
    const months = series.get('ind-1')?.map((v) => `${v.period.year}-${v.period.month}`)
    expect(months?.slice(0, 3)).toEqual(['2019-1', '2019-2', '2019-3'])
    expect(months).toHaveLength(24)
  })

  it('a hand edit is a new change: the history keeps the imported value, and undo brings it back', async () => {
    const store = await freshStore()
    await store.actuals.importRows({ reportId: R, file: 'a.csv' }, [
      { reportId: R, indicatorId: 'gdp', period: p(2023, 6), growth: 5.2, row: 2 },
    ])
    const edit = await store.actuals.set({
      reportId: R,
      indicatorId: 'gdp',
      period: p(2023, 6),
      growth: 5.4,
      note: '统计局更正',
      by: '李',
    })
    expect((await store.actuals.current(R))[0]).toMatchObject({
      growth: 5.4,
      source: { kind: 'manual', by: '李' },
    })

    let history = await store.actuals.history({ reportId: R, indicatorId: 'gdp', period: p(2023, 6) })
    expect(history.map((h) => [h.growth, h.state, h.source.kind])).toEqual([
      [5.4, 'current', 'manual'],
      [5.2, 'superseded', 'import'],
    ])

    expect(await store.actuals.undoChange(edit.changeId)).toBe(true)
    expect(await store.actuals.undoChange(edit.changeId)).toBe(false) // already undone: no second event
    expect((await store.actuals.current(R))[0]?.growth).toBe(5.2)
    history = await store.actuals.history({ reportId: R, indicatorId: 'gdp' })
    expect(history.map((h) => h.state)).toEqual(['undone', 'current'])

    await store.actuals.redoChange(edit.changeId)
    expect((await store.actuals.current(R))[0]?.growth).toBe(5.4)
  })

  it('clearing a figure is a soft delete that can be undone', async () => {
    const store = await freshStore()
    await store.actuals.set({ reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: 5 })
    await store.actuals.clear({ reportId: R, indicatorId: 'gdp', period: p(2023, 3) })
    expect(await store.actuals.current(R)).toEqual([])
    const [cleared] = await store.actuals.history({ reportId: R, indicatorId: 'gdp' })
    expect(cleared?.state).toBe('cleared')
    await store.actuals.undoChange(cleared?.changeId ?? '')
    expect((await store.actuals.current(R))[0]?.growth).toBe(5)
  })

  it('keeps reports apart', async () => {
    const store = await freshStore()
    await store.actuals.set({ reportId: 'other-2024', indicatorId: 'gdp', period: p(2024, 3), growth: 1 })
    expect(await store.actuals.current(R)).toEqual([])
    expect(await store.actuals.current('other-2024')).toHaveLength(1)
  })

  it('refuses invalid figures, naming the field', async () => {
    const store = await freshStore()
    const bad = store.actuals.set({ reportId: R, indicatorId: 'gdp', period: p(2023, 13), growth: 5 })
    await expect(bad).rejects.toThrow(StoreInputError)
    await expect(bad).rejects.toThrow(/month: must be at most 12/)
    await expect(
      store.actuals.set({ reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: Number.NaN }),
    ).rejects.toThrow(/growth: expected a finite number/)
    await expect(store.actuals.set({ reportId: R, indicatorId: 'gdp', period: p(2023, 3) })).rejects.toThrow(
      /give a value or a growth/,
    )
    // A batch with one bad row writes nothing.
    const rows = [...actualRows(R, 1, 1), { reportId: R, indicatorId: 'gdp', period: p(2023, 0), growth: 1 }]
    await expect(store.actuals.importRows({ reportId: R, file: 'x.csv' }, rows)).rejects.toThrow(/month/)
    expect(await store.actuals.current(R)).toEqual([])
    expect(await store.imports.list()).toEqual([])
  })
})

describe('example data', () => {
  it('is a layer of its own, never mixed with real figures, and removed in one action', async () => {
    const store = await freshStore()
    await store.actuals.set({ reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: 5.2 })
    await store.examples.load(R, [
      { reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: 9.9 },
      { reportId: R, indicatorId: 'retail-sales', period: p(2023, 3), growth: 7 },
    ])
    expect(await store.examples.has(R)).toBe(true)
    expect((await store.actuals.current(R)).map((v) => v.growth)).toEqual([5.2])
    const example = await store.actuals.current(R, { layer: 'example' })
    expect(example.map((v) => [v.indicatorId, v.growth, v.source.kind])).toEqual([
      ['gdp', 9.9, 'example'],
      ['retail-sales', 7, 'example'],
    ])
    expect(example[0]?.source.file).toBe('示例数据(非统计数据)')
    expect(await store.imports.list()).toEqual([]) // example batches are not listed as imports
    expect(await store.imports.list({ examples: true })).toHaveLength(1)

    expect(await store.examples.remove()).toEqual({ imports: 1, changes: 2 })
    expect(await store.examples.has()).toBe(false)
    expect(await store.actuals.current(R, { layer: 'example' })).toEqual([])
    expect((await store.actuals.current(R)).map((v) => v.growth)).toEqual([5.2])
  })
})
