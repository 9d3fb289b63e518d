import { useQueries, useQuery } from '@tanstack/react-query'
import type { Report } from '../dataset/schema'
import { useSavedIds } from '../user-data/use-saved-ids'
import { manifestQueryOptions, reportQueryOptions } from './queries'
import { savedReportQueryOptions } from './saved'
import { type ReportEntry, useReportEntries } from './saved-entries'

// Several reports at once, for the screens that set reports side by side (issue 13): the years of one
// county (Overview, Targets) and the counties of one year (#/compare). Loaded only by those screens'
// lazy parts, and only the reports `pick` chooses.

export type ReportsState = {
  /** Every report known (the manifest's, then this browser's), whether loaded or not. */
  entries: ReportEntry[]
  /** The chosen reports that loaded, in the entries' order. */
  reports: Report[]
  /** Chosen reports that could not be read (a missing file, a removed saved report). */
  failed: ReportEntry[]
  pending: boolean
}

export function useReports(pick: (entry: ReportEntry) => boolean): ReportsState {
  const manifest = useQuery(manifestQueryOptions())
  const entries = useReportEntries(manifest.data?.reports ?? [], useSavedIds())
  const chosen = entries.filter(pick)
  const results = useQueries({
    queries: chosen.map((e) =>
      e.saved
        ? { ...savedReportQueryOptions(e.id), select: (d: { report: Report } | null) => d?.report ?? null }
        : reportQueryOptions(e.file),
    ),
  })
  const reports: Report[] = []
  const failed: ReportEntry[] = []
  results.forEach((r, i) => {
    const entry = chosen[i]
    if (!entry) return
    if (r.data) reports.push(r.data)
    else if (r.isError || r.data === null) failed.push(entry)
  })
  return { entries, reports, failed, pending: manifest.isPending || results.some((r) => r.isPending) }
}

/** The same county (its Chinese name, spaces aside). */
export const sameCounty = (a: { county: { zh: string } }, b: { county: { zh: string } }) =>
  a.county.zh.replace(/\s/g, '') === b.county.zh.replace(/\s/g, '')
