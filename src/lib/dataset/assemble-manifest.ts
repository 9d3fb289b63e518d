import type { Manifest, Report } from './schema'
import { SCHEMA_VERSION } from './schema'

// The manifest is assembled from the reports present under public/data, never written by hand:
// one entry per report (its id, county, year and title, as the report states them), newest year
// first, then by id. The default report is the one the current manifest names, while it is present;
// else the newest.

export type PresentReport = { file: string; report: Pick<Report, 'id' | 'county' | 'year' | 'title'> }

export function assembleManifest(present: PresentReport[], currentDefault?: string): Manifest {
  if (!present.length) throw new Error('no report under public/data: a manifest needs at least one')
  const seen = new Set<string>()
  for (const { report, file } of present) {
    if (seen.has(report.id)) throw new Error(`two reports with the id ${report.id} (one is ${file})`)
    seen.add(report.id)
  }
  const reports = [...present]
    .sort((a, b) => b.report.year - a.report.year || a.report.id.localeCompare(b.report.id))
    .map(({ file, report }) => ({
      id: report.id,
      county: report.county,
      year: report.year,
      title: report.title,
      file,
    }))
  const defaultReport = currentDefault && seen.has(currentDefault) ? currentDefault : (reports[0]?.id ?? '')
  return { schemaVersion: SCHEMA_VERSION, defaultReport, reports }
}
