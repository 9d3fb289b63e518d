import type { Report } from '../dataset/schema'
import type { SavedReportInfo } from '../store'
import { readHint, writeHint } from './hint'
import { userStore } from './open'

// Reports saved in this browser (#/ingest), read from the store. Loaded only when a link names a
// report the manifest does not list, or the hint says saved reports exist (src/lib/data/saved.ts).

export type SavedReportData = { report: Report; text: string; savedAt: string }

/** The saved report with this id, or null when there is none (removed, or another browser's link). */
export async function readSavedReport(reportId: string): Promise<SavedReportData | null> {
  const saved = await (await userStore()).reports.get(reportId)
  return saved ? { report: saved.dataset, text: saved.text, savedAt: saved.savedAt } : null
}

export async function listSavedReports(): Promise<SavedReportInfo[]> {
  return (await userStore()).reports.list()
}

/**
 * Adds a report just saved to the hint at once, before the store's summary rewrites it: a link to the
 * report opened right after saving must not find the switcher without it.
 */
export function noteSavedReport(reportId: string) {
  const hint = readHint()
  if (!hint.reports.includes(reportId)) writeHint({ ...hint, reports: [...hint.reports, reportId] })
}
