import { queryOptions, useQuery } from '@tanstack/react-query'
import { loadCode } from '../code-load/load-code'
import type { ManifestEntry } from '../dataset/schema'
import { USER_DATA } from '../user-data/key'
import { savedFile } from './saved'

// The reports saved in this browser as the switcher lists them, beside the manifest's. Read only
// where they are shown (the switcher, #/data), never on the first paint.

export function savedReportsQueryOptions() {
  return queryOptions({
    queryKey: [USER_DATA, 'saved-reports'],
    queryFn: async () => (await loadCode(() => import('../user-data/saved-reports'))).listSavedReports(),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  })
}

export type ReportEntry = ManifestEntry & { saved?: boolean }

/** The manifest's entries, then the saved reports not among them (loaded when `savedIds` has any). */
export function useReportEntries(entries: ManifestEntry[], savedIds: string[]): ReportEntry[] {
  const saved = useQuery({ ...savedReportsQueryOptions(), enabled: savedIds.length > 0 })
  const listed = new Set(entries.map((r) => r.id))
  const extra: ReportEntry[] = (savedIds.length ? (saved.data ?? []) : [])
    .filter((s) => !listed.has(s.reportId))
    .map((s) => ({
      id: s.reportId,
      county: s.county,
      year: s.year,
      title: s.title,
      file: savedFile(s.reportId),
      saved: true,
    }))
  return [...entries, ...extra]
}
