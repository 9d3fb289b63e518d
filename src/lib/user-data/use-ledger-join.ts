import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Report } from '../dataset/schema'
import { type JoinedList, joinProjects, type LedgerData } from '../ledger-model'
import { DEFAULT_THRESHOLDS, type Thresholds } from '../status/thresholds'
import { matchesQueryOptions, sectorWordsQueryOptions } from './ledger-queries'
import { thresholdsQueryOptions } from './queries'

/**
 * A ledger joined with the report's named projects under the user's settings (confirmed matches, 行业
 * words, thresholds), read from the store only when `enabled`. The one join the Projects screen and
 * the deck's slide both show, so the two never differ.
 */
export function useLedgerJoin(
  report: Report,
  ledger: LedgerData | null,
  enabled: boolean,
): { list: JoinedList; thresholds: Thresholds } {
  const matches = useQuery({ ...matchesQueryOptions(report.id), enabled }).data
  const words = useQuery({ ...sectorWordsQueryOptions(), enabled }).data
  const thresholds = useQuery({ ...thresholdsQueryOptions(), enabled }).data ?? DEFAULT_THRESHOLDS
  const list = useMemo(
    () => joinProjects({ report, ledger, matches: matches ?? [], sectorWords: words ?? {}, thresholds }),
    [report, ledger, matches, words, thresholds],
  )
  return { list, thresholds }
}
