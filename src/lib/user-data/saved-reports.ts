import type { Report } from '../dataset/schema'
import type { SavedReportInfo } from '../store'
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
