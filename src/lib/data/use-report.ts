import { useQuery } from '@tanstack/react-query'
import { useSearch } from 'wouter'
import type { ManifestEntry, Report } from '../dataset/schema'
import { manifestQueryOptions, reportQueryOptions, reportTextQueryOptions } from './queries'

export type ReportState =
  | { status: 'pending' }
  | { status: 'error'; error: Error }
  | {
      status: 'success'
      report: Report
      file: string
      /** ?report= named a report the manifest does not list; the default is shown instead. */
      unknownReport?: string
    }

/** The report the URL asks for (?report=id), else the manifest's default. */
export function useReport(): ReportState {
  const requested = new URLSearchParams(useSearch()).get('report')
  const manifest = useQuery(manifestQueryOptions())
  const entries = manifest.data?.reports
  const entry =
    entries?.find((r) => r.id === requested) ?? entries?.find((r) => r.id === manifest.data?.defaultReport)
  const report = useQuery({ ...reportQueryOptions(entry?.file ?? ''), enabled: Boolean(entry) })
  if (manifest.error) return { status: 'error', error: manifest.error }
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

export function useReportText(file: string | undefined, textFile: string | undefined) {
  return useQuery({
    ...reportTextQueryOptions(file ?? '', textFile ?? ''),
    enabled: Boolean(file && textFile),
  })
}

export type ReportChoice = {
  /** The reports the manifest lists, in its order. */
  entries: ManifestEntry[]
  /** The report being shown: the URL's, else the default. */
  current: string
  defaultReport: string
}

/** Which reports there are and which one the URL shows, for a report switcher; null while loading. */
export function useReportChoice(): ReportChoice | null {
  const requested = new URLSearchParams(useSearch()).get('report')
  const manifest = useQuery(manifestQueryOptions())
  if (!manifest.data) return null
  const { reports, defaultReport } = manifest.data
  const current = reports.some((r) => r.id === requested) ? (requested as string) : defaultReport
  return { entries: reports, current, defaultReport }
}
