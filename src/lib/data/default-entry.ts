import type { ManifestEntry } from '../dataset/schema'

/**
 * The manifest's default report, read leniently from the manifest's text: the one place that works it
 * out, for the build (which preloads and prerenders it: src/app/prerender) and for the app's start
 * (src/lib/data/default-report.ts). Null when the text does not name one it lists; whoever then
 * needs the report runs the manifest through the full checks, which say what is wrong.
 */
export function defaultReportEntry(manifestText: string): Pick<ManifestEntry, 'id' | 'file'> | null {
  let data: unknown
  try {
    data = JSON.parse(manifestText)
  } catch {
    return null
  }
  if (typeof data !== 'object' || data === null) return null
  const { reports, defaultReport } = data as { reports?: unknown; defaultReport?: unknown }
  if (!Array.isArray(reports)) return null
  const entry = reports.find((r) => (r as { id?: unknown } | null)?.id === defaultReport) as
    | { id?: unknown; file?: unknown }
    | undefined
  return typeof entry?.id === 'string' && typeof entry.file === 'string'
    ? { id: entry.id, file: entry.file }
    : null
}
