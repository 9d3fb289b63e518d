import { queryOptions } from '@tanstack/react-query'
import { loadCode } from '../code-load/load-code'
import { USER_DATA } from '../user-data/key'

// Reports saved in this browser sit beside the manifest's: a link ?report=<id> that the manifest does
// not list is looked up in the store (loaded only then), and the switcher lists saved reports when the
// first-paint hint says there are some. Their queries sit under the user-data key, so a save or a
// removal in any tab refreshes them (src/lib/user-data/sync.ts).

/** What stands for a saved report where a manifest path is expected (ReportGate's `file`). */
const PREFIX = 'saved:'
export const savedFile = (reportId: string) => `${PREFIX}${reportId}`
export const savedIdOf = (file: string | undefined): string | null =>
  file?.startsWith(PREFIX) ? file.slice(PREFIX.length) : null

const saved = () => loadCode(() => import('../user-data/saved-reports'))

export function savedReportQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: [USER_DATA, 'saved-report', reportId],
    queryFn: async () => (await saved()).readSavedReport(reportId),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  })
}
