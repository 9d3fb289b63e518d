import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Report } from '@/lib/dataset/schema'
import type { JoinedList, LedgerData } from '@/lib/ledger-model'
import { hasLedger } from '@/lib/user-data/hint'
import { ledgerQueryOptions } from '@/lib/user-data/ledger-queries'
import { useLedgerJoin } from '@/lib/user-data/use-ledger-join'

/**
 * The county's ledger joined with the report's projects, for the deck's ledger slide: `list` is null
 * when the report has no ledger (then no storage code loads for the deck at all); `loading` while a
 * ledger the first-paint hint announces is still being read (the deck waits, so slides do not renumber).
 */
export function useLedgerList(report: Report): { list: JoinedList | null; loading: boolean } {
  const enabled = hasLedger(report.id)
  const query = useQuery({ ...ledgerQueryOptions(report.id), enabled })
  const saved = query.data
  const data = useMemo<LedgerData | null>(
    () => (saved ? { snapshot: saved.snapshot, rows: saved.rows } : null),
    [saved],
  )
  const { list } = useLedgerJoin(report, data, enabled)
  return { list: data ? list : null, loading: enabled && query.isPending }
}
