// The served dataset as the app would fetch it, found through the manifest (src/testing/fixtures.ts).
import { DEFAULT_REPORT, dataText, reportTextOf } from '@/testing/fixtures'

export const REPORT_FILE = DEFAULT_REPORT.file
export const MANIFEST_FILE = 'manifest.json'

export function readData(file: string): string {
  return dataText(file)
}

/** A fresh, mutable copy of the report JSON. */
export function rawReport(): Record<string, unknown> {
  return JSON.parse(readData(REPORT_FILE)) as Record<string, unknown>
}

export const reportText = reportTextOf()
