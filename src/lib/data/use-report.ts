import { useQuery } from '@tanstack/react-query'
import { useSearch } from 'wouter'
import type { ManifestEntry, Report } from '../dataset/schema'
import { manifestQueryOptions, reportQueryOptions, reportTextQueryOptions } from './queries'
import {
  savedFile,
  savedIdOf,
  savedReportQueryOptions,
  savedReportsQueryOptions,
  useSavedReportIds,
} from './saved'

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

/** The report's text: beside its JSON, or stored with it for a saved report. */
export function useReportText(file: string | undefined, textFile: string | undefined) {
  const savedId = savedIdOf(file)
  const served = useQuery({
    ...reportTextQueryOptions(file ?? '', textFile ?? ''),
    enabled: Boolean(file && textFile && savedId === null),
  })
  const saved = useQuery({
    ...savedReportQueryOptions(savedId ?? ''),
    enabled: savedId !== null,
    select: (d) => d?.text ?? '',
  })
  return savedId === null ? served : saved
}

export type ReportChoice = {
  /** The reports the manifest lists, in its order, then those saved in this browser. */
  entries: (ManifestEntry & { saved?: boolean })[]
  /** The report being shown: the URL's, else the default. */
  current: string
  defaultReport: string
}

/** Which reports there are and which one the URL shows, for a report switcher; null while loading. */
export function useReportChoice(): ReportChoice | null {
  const requested = new URLSearchParams(useSearch()).get('report')
  const manifest = useQuery(manifestQueryOptions())
  const savedIds = useSavedReportIds()
  const saved = useQuery({ ...savedReportsQueryOptions(), enabled: savedIds.length > 0 })
  if (!manifest.data) return null
  const { reports, defaultReport } = manifest.data
  const listed = new Set(reports.map((r) => r.id))
  const entries: ReportChoice['entries'] = [
    ...reports,
    ...(savedIds.length ? (saved.data ?? []) : [])
      .filter((s) => !listed.has(s.reportId))
      .map((s) => ({
        id: s.reportId,
        county: s.county,
        year: s.year,
        title: s.title,
        file: savedFile(s.reportId),
        saved: true,
      })),
  ]
  const current = entries.some((r) => r.id === requested) ? (requested as string) : defaultReport
  return { entries, current, defaultReport }
}
