import { useQuery } from '@tanstack/react-query'
import { useSearch } from 'wouter'
import type { ManifestEntry, Report } from '../dataset/schema'
import { useSavedIds } from '../user-data/use-saved-ids'
import { manifestQueryOptions, reportQueryOptions } from './queries'
import { savedFile, savedReportQueryOptions } from './saved'

export type ReportState =
  | { status: 'pending' }
  | { status: 'error'; error: Error }
  | {
      status: 'success'
      report: Report
      /** The manifest's path of the report, or savedFile(id) for a report saved in this browser. */
      file: string
      /** ?report= named a report neither the manifest nor this browser has; the default is shown instead. */
      unknownReport?: string
    }

/**
 * The report the URL asks for (?report=id): one the manifest lists, else one saved in this browser
 * (the store loads only for such a link), else the manifest's default with a notice.
 */
export function useReport(): ReportState {
  const requested = new URLSearchParams(useSearch()).get('report')
  const manifest = useQuery(manifestQueryOptions())
  const entries = manifest.data?.reports
  const listed = entries?.find((r) => r.id === requested)
  const lookSaved = Boolean(requested && entries && !listed)
  const saved = useQuery({ ...savedReportQueryOptions(requested ?? ''), enabled: lookSaved })
  const savedReport = lookSaved ? saved.data : undefined
  const fallBack = lookSaved && (saved.data === null || saved.isError)
  const entry =
    listed ??
    (!lookSaved || fallBack ? entries?.find((r) => r.id === manifest.data?.defaultReport) : undefined)
  const report = useQuery({ ...reportQueryOptions(entry?.file ?? ''), enabled: Boolean(entry) })
  if (manifest.error) return { status: 'error', error: manifest.error }
  if (savedReport && requested)
    return { status: 'success', report: savedReport.report, file: savedFile(requested) }
  if (report.error) return { status: 'error', error: report.error }
  if (report.data && entry) {
    const unknownReport = requested && requested !== entry.id ? requested : undefined
    return {
      status: 'success',
      report: report.data,
      file: entry.file,
      ...(unknownReport ? { unknownReport } : {}),
    }
  }
  return { status: 'pending' }
}

export type ReportChoice = {
  /** The reports the manifest lists, in its order. */
  entries: ManifestEntry[]
  /** Ids of the reports saved in this browser (the first-paint hint; useSavedEntries reads them). */
  saved: string[]
  /** The report being shown: the URL's, else the default. */
  current: string
  defaultReport: string
}

/** Which reports there are and which one the URL shows, for a report switcher; null while loading. */
export function useReportChoice(): ReportChoice | null {
  const requested = new URLSearchParams(useSearch()).get('report')
  const manifest = useQuery(manifestQueryOptions())
  // Followed (the hint's change event): a report just saved shows the switcher at once.
  const saved = useSavedIds()
  if (!manifest.data) return null
  const { reports, defaultReport } = manifest.data
  const known = requested && (reports.some((r) => r.id === requested) || saved.includes(requested))
  return { entries: reports, saved, current: known ? requested : defaultReport, defaultReport }
}
