import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Report } from '@/lib/dataset/schema'
import { type JoinedList, joinProjects } from '@/lib/ledger-model'
import { DEFAULT_THRESHOLDS } from '@/lib/status/thresholds'
import { thresholdsQueryOptions } from '@/lib/user-data'
import { hasLedger } from '@/lib/user-data/hint'
import {
  ledgerQueryOptions,
  matchesQueryOptions,
  sectorWordsQueryOptions,
} from '@/lib/user-data/ledger-queries'

/**
 * The county's ledger joined with the report's projects, for the deck's ledger slide: `list` is null
 * when the report has no ledger (then no storage code loads for the deck at all); `loading` while a
 * ledger the first-paint hint announces is still being read (the deck waits, so slides do not renumber).
 */
export function useLedgerList(report: Report): { list: JoinedList | null; loading: boolean } {
  const enabled = hasLedger(report.id)
  const query = useQuery({ ...ledgerQueryOptions(report.id), enabled })
  const saved = query.data
  const matches = useQuery({ ...matchesQueryOptions(report.id), enabled }).data
  const words = useQuery({ ...sectorWordsQueryOptions(), enabled }).data
  const thresholds = useQuery({ ...thresholdsQueryOptions(), enabled }).data ?? DEFAULT_THRESHOLDS
  const list = useMemo(
    () =>
      saved
        ? joinProjects({
            report,
            ledger: { snapshot: saved.snapshot, rows: saved.rows },
            matches: matches ?? [],
            sectorWords: words ?? {},
            thresholds,
          })
        : null,
    [report, saved, matches, words, thresholds],
  )
  return { list, loading: enabled && query.isPending }
}
