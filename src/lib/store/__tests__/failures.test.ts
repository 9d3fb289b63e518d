import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import type { StoreStatus } from '../failures'
import { classifyOpenError, classifyWriteError } from '../failures'
import { freshStore, p, R, reopen } from './helpers'

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

describe('IndexedDB unavailable', () => {
  it('no IndexedDB (private mode): says so, keeps working in memory, and a backup still downloads', async () => {
    const store = await freshStore({ indexedDB: null })
    expect(store.status).toMatchObject({ state: 'unavailable', reason: 'no-indexeddb' })
    await store.actuals.set({ reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: 5.2 })
    expect((await store.actuals.current(R))[0]?.growth).toBe(5.2)
    const backup = await store.backup.exportJson()
    const elsewhere = await freshStore()
    await elsewhere.backup.restore(backup)
    expect((await elsewhere.actuals.current(R))[0]?.growth).toBe(5.2)
  })

  it('site data blocked by the browser: "security"', async () => {
    const refusing = {
      indexedDB: {
        open() {
          throw new DOMException('access denied', 'SecurityError')
        },
      } as unknown as IDBFactory,
      IDBKeyRange,
    }
    const store = await freshStore({ indexedDB: refusing })
    expect(store.status).toMatchObject({ state: 'unavailable', reason: 'security' })
    await store.settings.setThresholds({ growthTolerance: 2, progressTolerance: 10 })
    expect((await store.settings.thresholds()).growthTolerance).toBe(2)
  })

  it('data written by a newer app version: left untouched on disk, the session runs in memory', async () => {
    const name = `newer-${Math.random()}`
    const future = new Dexie(name)
    future.version(9).stores({ changes: 'id', futureTable: 'id' })
    await future.table('futureTable').add({ id: 'keep-me' })
    future.close()
    const store = await reopen(name)
    expect(store.status).toMatchObject({ state: 'unavailable', reason: 'newer-version' })
    await store.actuals.set({ reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: 1 })
    store.close()
    const check = new Dexie(name)
    await check.open()
    expect(check.verno).toBe(9)
    expect(await check.table('futureTable').toArray()).toEqual([{ id: 'keep-me' }])
    expect(await check.table('changes').count()).toBe(0)
    check.close()
  })

  it('another tab holding an old version open: "blocked" after the timeout', async () => {
    const name = `blocked-${Math.random()}`
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1)
      req.onupgradeneeded = () => req.result.createObjectStore('actuals', { keyPath: 'id' })
      req.onsuccess = () => resolve(req.result) // and never closes on versionchange
      req.onerror = () => reject(req.error)
    })
    const store = await reopen(name, { openTimeoutMs: 300 })
    expect(store.status).toMatchObject({ state: 'unavailable', reason: 'blocked' })
    old.close()
  })
})

describe('a write that fails mid-session (storage full)', () => {
  it('reports write-failed with the reason, keeps every figure in memory, and keeps working', async () => {
    let full = false
    const name = `quota-${Math.random()}`
    const store = await reopen(name, { failWrites: () => (full ? quota() : null) })
    const statuses: StoreStatus[] = []
    store.onStatus((s) => statuses.push(s))
    await store.actuals.importRows({ reportId: R, file: 'a.csv' }, [
      { reportId: R, indicatorId: 'gdp', period: p(2023, 3), growth: 5 },
    ])
    expect(store.status).toEqual({ state: 'ok' })

    full = true
    const edit = await store.actuals.set({ reportId: R, indicatorId: 'gdp', period: p(2023, 6), growth: 6 })
    expect(edit.growth).toBe(6)
    expect(store.status).toMatchObject({
      state: 'write-failed',
      reason: 'quota',
      detail: expect.stringMatching(/quota/),
    })
    expect(statuses).toHaveLength(1)
    expect((await store.actuals.current(R)).map((v) => v.growth)).toEqual([5, 6])
    await store.actuals.set({ reportId: R, indicatorId: 'gdp', period: p(2023, 9), growth: 7 })
    expect(statuses).toHaveLength(1) // said once
    const backup = await store.backup.export()
    expect(backup.counts.changes).toBe(3)

    // On disk: what was saved before the failure, nothing after.
    const disk = await reopen(name)
    expect((await disk.actuals.current(R)).map((v) => v.growth)).toEqual([5])
  })

  it('a failed import batch is all-or-nothing, then lands whole in memory', async () => {
    let writes = 0
    const store = await freshStore({ failWrites: () => (++writes > 1 ? quota() : null) })
    const rows = Array.from({ length: 50 }, (_, i) => ({
      reportId: R,
      indicatorId: `i${i}`,
      period: p(2023, 3),
      growth: i,
    }))
    await store.actuals.importRows({ reportId: R, file: 'big.csv' }, rows)
    expect(store.status).toMatchObject({ state: 'write-failed', reason: 'quota' })
    expect(await store.actuals.current(R)).toHaveLength(50)
    expect(await store.imports.list()).toHaveLength(1)
  })
})

describe('classifying errors', () => {
  it('reads the browser error inside Dexie’s wrapper', () => {
    expect(classifyWriteError({ name: 'AbortError', inner: quota() })).toBe('quota')
    expect(classifyWriteError(new DOMException('x', 'InvalidStateError'))).toBe('closed')
    expect(classifyWriteError(new TypeError('a bug'))).toBeNull() // thrown as it is, not hidden
    expect(classifyWriteError({ name: 'ConstraintError' })).toBeNull()
    expect(classifyOpenError({ name: 'OpenFailedError', inner: { name: 'VersionError' } })).toBe(
      'newer-version',
    )
    expect(classifyOpenError({ name: 'MissingAPIError' })).toBe('no-indexeddb')
  })
})
