import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import type { Report } from '@/lib/dataset/schema'
import type { LedgerData } from '@/lib/ledger-model'
import { ledgerQueryOptions } from '@/lib/user-data/ledger-queries'
import { useLedgerJoin } from '@/lib/user-data/use-ledger-join'
import { type AreaStatus, areaStatuses } from '../model/area-status'

/**
 * Reads the imported ledger (this module, and the store with it, loads only when the first-paint hint
 * says the report has one) and hands each area's status to the index. Renders nothing itself.
 */
export function LedgerStatusLoader({
  report,
  onStatus,
}: {
  report: Report
  onStatus: (status: Map<string, AreaStatus>) => void
}) {
  const saved = useQuery(ledgerQueryOptions(report.id)).data
  const data = useMemo<LedgerData | null>(
    () => (saved ? { snapshot: saved.snapshot, rows: saved.rows } : null),
    [saved],
  )
  const { list } = useLedgerJoin(report, data, true)
  const status = useMemo(() => (data ? areaStatuses(list.rows) : null), [data, list])
  useEffect(() => {
    if (status) onStatus(status)
  }, [status, onStatus])
  return null
}
