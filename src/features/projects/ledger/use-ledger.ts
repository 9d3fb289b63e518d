import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import type { Report } from '@/lib/dataset/schema'
import type { JoinedList, LedgerData } from '@/lib/ledger-model'
import type { Thresholds } from '@/lib/status/thresholds'
import { hasLedger } from '@/lib/user-data/hint'
import { ledgerQueryOptions } from '@/lib/user-data/ledger-queries'
import { useLedgerJoin } from '@/lib/user-data/use-ledger-join'
import { type PendingLedger, pendingOf, usePendingLedger } from './store'

export type LedgerState = {
  /** The ledger shown: a fresh import being saved, else the latest saved snapshot; null when none. */
  data: LedgerData | null
  pending: PendingLedger | undefined
  loading: boolean
  error: unknown
  list: JoinedList
  thresholds: Thresholds
}

/**
 * The report's ledger joined with its named projects, and the settings that shape it (matches, 行业
 * words, thresholds). Loads the store only when there is a ledger (the first-paint hint says so) or
 * one is being imported: a county without a ledger never loads storage code on this screen.
 */
export function useLedger(report: Report): LedgerState {
  const pending = usePendingLedger((s) => pendingOf(s, report.id))
  const clear = usePendingLedger((s) => s.clear)
  const enabled = hasLedger(report.id) || pending !== undefined
  const saved = useQuery({ ...ledgerQueryOptions(report.id), enabled })
  const stored = saved.data
  // Once the store has the rows, read back what it now holds and let the fresh copy go, whichever
  // snapshot comes back: the latest as-of date wins, so an earlier month imported after a later one
  // hands over to the later one (and an undo meanwhile to what is left).
  const written = pending?.state === 'saved'
  const refetch = saved.refetch
  useEffect(() => {
    if (!written) return
    let live = true
    void refetch().finally(() => {
      if (live) clear(report.id)
    })
    return () => {
      live = false
    }
  }, [written, refetch, clear, report.id])
  const data = useMemo<LedgerData | null>(() => {
    if (pending) return pending.data
    return stored ? { snapshot: stored.snapshot, rows: stored.rows } : null
  }, [pending, stored])
  const { list, thresholds } = useLedgerJoin(report, data, enabled)
  return {
    data,
    pending,
    loading: enabled && saved.isPending && !pending,
    error: saved.error,
    list,
    thresholds,
  }
}
