import { create } from 'zustand'
import type { LedgerData } from '@/lib/ledger-model'
import { ownValue } from '@/lib/own'

// A ledger just confirmed: its rows are shown at once while the store writes them in the background
// (10,000 rows take seconds in Chromium's IndexedDB). One per report; it goes when the saved snapshot
// has come back from the store, or stays with the reason if saving failed, so nothing is lost unseen.

export type PendingLedger = {
  data: LedgerData
  state: 'saving' | 'saved' | 'failed'
  written: number
  total: number
  importId?: string | undefined
  error?: string | undefined
  /** Writes the same rows again (after a failure). */
  retry?: (() => void) | undefined
}

type State = {
  byReport: Record<string, PendingLedger>
  start: (reportId: string, data: LedgerData) => void
  progress: (reportId: string, written: number) => void
  saved: (reportId: string, importId: string) => void
  failed: (reportId: string, error: string, retry: () => void) => void
  clear: (reportId: string) => void
}

/** The ledger being saved for a report, if any (own keys only: a report's id is its author's). */
export const pendingOf = (s: Pick<State, 'byReport'>, reportId: string): PendingLedger | undefined =>
  ownValue(s.byReport, reportId)

const patch = (s: State, id: string, p: Partial<PendingLedger>): Pick<State, 'byReport'> => {
  const cur = pendingOf(s, id)
  return cur ? { byReport: { ...s.byReport, [id]: { ...cur, ...p } } } : s
}

export const usePendingLedger = create<State>()((set) => ({
  byReport: {},
  start: (reportId, data) =>
    set((s) => ({
      byReport: { ...s.byReport, [reportId]: { data, state: 'saving', written: 0, total: data.rows.length } },
    })),
  progress: (reportId, written) => set((s) => patch(s, reportId, { written })),
  saved: (reportId, importId) => set((s) => patch(s, reportId, { state: 'saved', importId })),
  failed: (reportId, error, retry) => set((s) => patch(s, reportId, { state: 'failed', error, retry })),
  clear: (reportId) =>
    set((s) => {
      const { [reportId]: _, ...rest } = s.byReport
      return { byReport: rest }
    }),
}))

/** Whether any ledger is still being written (the page then asks before it is closed). */
export function isSavingLedger(): boolean {
  return Object.values(usePendingLedger.getState().byReport).some((p) => p.state === 'saving')
}
