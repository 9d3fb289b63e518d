import { sectorLabel } from '@/lib/dataset/labels'
import type { Lang } from '@/lib/format/quantity'
import type { OutColumn } from '@/lib/imports/write-table'
import type { JoinedRow, LedgerSnapshot } from '@/lib/ledger-model'
import { elapsedAt } from '@/lib/status/time-elapsed'

// The joined list as a file staff open in Excel: the ledger's own columns as read, then the columns
// we add (the dashboard sector, completion, time elapsed, gap, status and why), and where each row
// came from, so the file can be checked against the ledger it was read from.

/** The words the columns need, in the reader's language (from the feature's catalog). */
export type ExportWords = {
  header: (key: string) => string
  light: (light: string) => string
  reason: (reason: string) => string
  origin: (origin: string) => string
}

const round = (x: number, d: number) => (Number.isNaN(x) ? null : Number(x.toFixed(d)))

export function ledgerExportColumns(
  snapshot: LedgerSnapshot | null,
  lang: Lang,
  w: ExportWords,
): OutColumn<JoinedRow>[] {
  const elapsed = snapshot ? elapsedAt(snapshot.asOf) * 100 : Number.NaN
  const num = (v: number) => (Number.isNaN(v) ? null : v)
  return [
    { header: w.header('name'), value: (r) => r.name, width: 36 },
    { header: w.header('industry'), value: (r) => r.industry },
    { header: w.header('sector'), value: (r) => (r.sector ? sectorLabel(r.sector, lang) : null) },
    { header: w.header('town'), value: (r) => r.township },
    { header: w.header('nature'), value: (r) => r.entry?.fields.nature },
    { header: w.header('unit'), value: (r) => r.unit, width: 16 },
    { header: w.header('leader'), value: (r) => r.entry?.fields.leader },
    { header: w.header('total'), value: (r) => num(r.total), format: '#,##0.00' },
    { header: w.header('plan'), value: (r) => num(r.plan), format: '#,##0.00' },
    { header: w.header('completed'), value: (r) => num(r.completed), format: '#,##0.00' },
    { header: w.header('completion'), value: (r) => round(r.completion, 1), format: '0.0' },
    { header: w.header('elapsed'), value: (r) => (r.entry ? round(elapsed, 1) : null), format: '0.0' },
    {
      header: w.header('gap'),
      value: (r) => (r.status && r.status.light !== null ? round(r.status.gap, 1) : null),
      format: '0.0',
    },
    { header: w.header('status'), value: (r) => (r.entry ? w.light(r.light) : null) },
    {
      header: w.header('reason'),
      value: (r) =>
        r.status === null
          ? w.reason('not-in-ledger')
          : r.status.light === null
            ? w.reason(r.status.reason)
            : null,
      width: 24,
    },
    { header: w.header('origin'), value: (r) => w.origin(r.origin) },
    { header: w.header('reportName'), value: (r) => r.project?.name.zh, width: 24 },
    { header: w.header('sheet'), value: (r) => r.entry?.sheet },
    { header: w.header('row'), value: (r) => r.entry?.row },
    { header: w.header('remarks'), value: (r) => r.entry?.fields.remarks, width: 30 },
  ]
}
