import type { ActualsApi } from './actuals'
import type { Connection } from './connection'
import type { LedgerApi } from './ledger'
import type { ReportsApi } from './reports'

/** Which reports hold data of each kind: what the app's first paint may need to know (./README.md). */
export type StoreSummary = { actuals: string[]; examples: string[]; ledger: string[]; reports: string[] }

export function summaryApi(conn: Connection, actuals: ActualsApi, ledger: LedgerApi, reports: ReportsApi) {
  return async function summary(): Promise<StoreSummary> {
    const reportIds = await conn.read(async (db) => {
      const keys = await db.changes.orderBy('reportId').uniqueKeys()
      return keys.filter((k): k is string => typeof k === 'string')
    })
    const out: StoreSummary = { actuals: [], examples: [], ledger: [], reports: [] }
    // Only reports with an example batch can hold example figures: no second full read for the rest.
    const withExamples = await conn.read(async (db) =>
      (await db.imports.filter((i) => i.example).toArray()).map((i) => i.reportId),
    )
    for (const id of reportIds) {
      if ((await actuals.current(id)).length) out.actuals.push(id)
      if (withExamples.includes(id) && (await actuals.current(id, { layer: 'example' })).length)
        out.examples.push(id)
    }
    for (const s of await ledger.snapshots())
      if (s.reportId && !out.ledger.includes(s.reportId)) out.ledger.push(s.reportId)
    out.reports = (await reports.list()).map((r) => r.reportId)
    return out
  }
}
