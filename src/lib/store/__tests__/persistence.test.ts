import { describe, expect, it } from 'vitest'
import { p, R, reopen } from './helpers'

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms))
async function until(check: () => boolean, ms = 2000) {
  const end = Date.now() + ms
  while (!check() && Date.now() < end) await tick(5)
  expect(check()).toBe(true)
}

describe('persistence and cross-tab', () => {
  it('a second connection (a second tab) sees edits arrive through subscribe and observe', async () => {
    const dbName = `shared-${Math.random()}`
    const tabA = await reopen(dbName)
    const tabB = await reopen(dbName)
    const seenTables: string[][] = []
    const values: (number | undefined)[] = []
    tabB.subscribe((tables) => seenTables.push([...tables].sort()))
    const stop = tabB.observe(
      async () => (await tabB.actuals.current(R))[0]?.growth,
      (v) => values.push(v),
    )
    await until(() => values.length === 1)
    await tabA.actuals.set({ reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: 5.2 })
    await until(() => values.at(-1) === 5.2)
    expect(seenTables).toContainEqual(['changes'])
    stop()
    await tabA.actuals.set({ reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: 6 })
    await tick(50)
    expect(values.at(-1)).toBe(5.2) // stopped observers stay quiet
  })

  it('survives re-open: a new connection after close finds everything (reload, browser restart)', async () => {
    const dbName = `reload-${Math.random()}`
    const before = await reopen(dbName)
    await before.actuals.importRows({ reportId: R, file: 'a.csv' }, [
      { reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: 5.2, row: 2 },
    ])
    await before.settings.setThresholds({ growthTolerance: 0.5, progressTolerance: 5 })
    before.close()
    const after = await reopen(dbName)
    expect((await after.actuals.current(R))[0]).toMatchObject({
      growth: 5.2,
      source: { file: 'a.csv', row: 2 },
    })
    expect(await after.settings.thresholds()).toEqual({ growthTolerance: 0.5, progressTolerance: 5 })
    expect(after.status).toEqual({ state: 'ok' })
  })

  it('tells other tabs over BroadcastChannel, and hears theirs', async () => {
    const dbName = `bc-${Math.random()}`
    const store = await reopen(dbName)
    // The channel Dexie's copy in another tab listens on and posts to.
    const otherTab = new BroadcastChannel('x-storagemutated-1')
    const posted: string[] = []
    otherTab.onmessage = (ev: MessageEvent) => posted.push(...Object.keys(ev.data as object))
    await store.actuals.set({ reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: 5 })
    await until(() => posted.some((k) => k.startsWith(`idb://${dbName}/changes/`)))

    const heard: string[][] = []
    store.subscribe((tables) => heard.push([...tables]))
    otherTab.postMessage({ [`idb://${dbName}/imports/`]: {}, 'idb://some-other-db/changes/': {} })
    await until(() => heard.length > 0)
    expect(heard).toEqual([['imports']])
    otherTab.close()
  })
})
