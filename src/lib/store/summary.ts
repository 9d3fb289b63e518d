import type { ActualsApi } from './actuals'
import type { Connection } from './connection'
import type { LedgerApi } from './ledger'

/** Which reports hold data of each kind: what the app's first paint may need to know (./README.md). */
export type StoreSummary = { actuals: string[]; examples: string[]; ledger: string[] }

export function summaryApi(conn: Connection, actuals: ActualsApi, ledger: LedgerApi) {
  return async function summary(): Promise<StoreSummary> {
    const reportIds = await conn.read(async (db) => {
      const keys = await db.changes.orderBy('reportId').uniqueKeys()
      return keys.filter((k): k is string => typeof k === 'string')
    })
    const out: StoreSummary = { actuals: [], examples: [], ledger: [] }
    for (const id of reportIds) {
      if ((await actuals.current(id)).length) out.actuals.push(id)
      if ((await actuals.current(id, { layer: 'example' })).length) out.examples.push(id)
    }
    for (const s of await ledger.snapshots())
      if (s.reportId && !out.ledger.includes(s.reportId)) out.ledger.push(s.reportId)
    return out
  }
}
