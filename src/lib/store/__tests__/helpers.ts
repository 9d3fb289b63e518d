import { afterEach } from 'vitest'
import type { ActualInput } from '../actuals'
import type { OpenOptions } from '../connection'
import { openStore, type Store } from '../store'

let counter = 0
const open: Store[] = []

/** A clock that moves one second per reading: records get distinct, ordered time stamps. */
export function steppingClock(start = Date.UTC(2023, 3, 1, 8)) {
  let t = start
  return () => {
    t += 1000
    return new Date(t)
  }
}

/** A store on a database of its own (fake-indexeddb), closed after the test. */
export async function freshStore(opts: OpenOptions = {}): Promise<Store> {
  counter += 1
  const store = await openStore({ name: `test-${counter}-${Math.random()}`, now: steppingClock(), ...opts })
  open.push(store)
  return store
}

/** Another connection to the same database, as a second tab would open it. */
export async function reopen(name: string, opts: OpenOptions = {}): Promise<Store> {
  const store = await openStore({ name, now: steppingClock(Date.UTC(2023, 5, 1)), ...opts })
  open.push(store)
  return store
}

afterEach(() => {
  for (const s of open.splice(0)) s.close()
})

/** 5 years × 12 months × `indicators` indicators of cumulative figures. */
export function actualRows(reportId: string, indicators = 20, years = 5): ActualInput[] {
  const rows: ActualInput[] = []
  let row = 2
  for (let i = 0; i < indicators; i++) {
    for (let y = 0; y < years; y++) {
      for (let month = 1; month <= 12; month++) {
        rows.push({
          reportId,
          indicatorId: `ind-${i}`,
          period: { year: 2019 + y, month },
          value: 10 * month + i,
          unit: '亿元',
          growth: Math.round((i + month / 10) * 10) / 10,
          sheet: 'Sheet1',
          row: row++,
        })
      }
    }
  }
  return rows
}

export const R = 'chaoyang-2023'
export const p = (year: number, month: number) => ({ year, month })
