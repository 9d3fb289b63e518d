// The data every test runs against, found through a manifest, never through a hard-coded report id:
//   'public'      the app's own data (public/data), as a served build has it;
//   'two-reports' that manifest plus an invented second report (tests/fixtures/data: demo-2024), for
//                 proving that every screen and link keeps the report it was opened with.
// Node only (fs); used by the jsdom tests (src/testing/data.ts) and the Chromium journeys alike.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Manifest, ManifestEntry, Report } from '../lib/dataset/schema'

// Vitest runs from the project root (import.meta.url is http: under jsdom).
const ROOT = process.cwd()
const DIRS = {
  public: [resolve(ROOT, 'public/data')],
  'two-reports': [resolve(ROOT, 'tests/fixtures/data'), resolve(ROOT, 'public/data')],
} as const
export type DataSet = keyof typeof DIRS

/** Where a data path (as the app fetches it under data/) lives for a data set; null when nowhere. */
export function dataPath(path: string, set: DataSet = 'public'): string | null {
  for (const dir of DIRS[set]) {
    const file = resolve(dir, path)
    if (existsSync(file)) return file
  }
  return null
}

/** A data file's text, as the app would fetch it. */
export function dataText(path: string, set: DataSet = 'public'): string {
  const file = dataPath(path, set)
  if (!file) throw new Error(`no data/${path} in the ${set} data`)
  return readFileSync(file, 'utf8')
}

export function manifestOf(set: DataSet = 'public'): Manifest {
  return JSON.parse(dataText('manifest.json', set)) as Manifest
}

export function reportEntry(id?: string, set: DataSet = 'public'): ManifestEntry {
  const manifest = manifestOf(set)
  const wanted = id ?? manifest.defaultReport
  const entry = manifest.reports.find((r) => r.id === wanted)
  if (!entry) throw new Error(`the ${set} manifest lists no report "${wanted}"`)
  return entry
}

/** A report's JSON, parsed (a fresh copy each call). The default report when no id is given. */
export function reportJson(id?: string, set: DataSet = 'two-reports'): Report {
  return JSON.parse(dataText(reportEntry(id, set).file, set)) as Report
}

/** A report's text file, beside its JSON. */
export function reportTextOf(id?: string, set: DataSet = 'two-reports'): string {
  const entry = reportEntry(id, set)
  const report = reportJson(id, set)
  return dataText(`${entry.file.slice(0, entry.file.lastIndexOf('/') + 1)}${report.textFile}`, set)
}

/** The app's default report (public manifest) and the invented second one of the two-report fixture. */
export const DEFAULT_REPORT = reportEntry()
export const SECOND_REPORT = manifestOf('two-reports').reports.find(
  (r) => r.id !== DEFAULT_REPORT.id,
) as ManifestEntry
