// Saved reports (issue 13): a report dataset and its text, saved from the review screen and listed in
// the report switcher. The dataset is validated on the way in, so a saved report always loads.
import type { LabelText, Report } from '../dataset/schema'
import { parseReport } from '../dataset/validate'
import type { DocsApi } from './docs'
import { StoreInputError } from './errors'

export type SavedReport = { dataset: Report; text: string; savedAt: string; by?: string }
export type SavedReportInfo = {
  reportId: string
  title: LabelText
  county: LabelText
  year: number
  savedAt: string
  by?: string
}

/** Reads a stored value back into a report (also used to check backups). */
export function readSaved(value: unknown): { dataset: Report; text: string } {
  const v = (typeof value === 'object' && value !== null ? value : {}) as {
    dataset?: unknown
    text?: unknown
  }
  if (typeof v.text !== 'string')
    throw new StoreInputError('saved report', ['text: expected the report text'])
  return { dataset: parseReport(v.dataset, 'saved report'), text: v.text }
}

export function reportsApi(docs: DocsApi) {
  return {
    /** Saves a report (a new version if one with this id exists). Throws DataError if it does not validate. */
    async save(input: { dataset: unknown; text: string; by?: string }): Promise<SavedReportInfo> {
      const { dataset, text } = readSaved(input)
      const doc = await docs.put('report', dataset.id, { dataset, text }, input.by)
      return info(dataset, doc.updatedAt, doc.author)
    },
    async list(): Promise<SavedReportInfo[]> {
      const out: SavedReportInfo[] = []
      for (const doc of await docs.list('report')) {
        try {
          out.push(info(readSaved(doc.value).dataset, doc.updatedAt, doc.author))
        } catch {
          // cannot happen for what save() wrote; a hand-edited backup is checked on restore
        }
      }
      return out
    },
    async get(reportId: string): Promise<SavedReport | null> {
      const doc = await docs.get('report', reportId)
      if (!doc) return null
      const saved = readSaved(doc.value)
      return doc.author
        ? { ...saved, savedAt: doc.updatedAt, by: doc.author }
        : { ...saved, savedAt: doc.updatedAt }
    },
    remove: (reportId: string, by?: string) => docs.remove('report', reportId, by),
  }
}

function info(r: Report, savedAt: string, by?: string): SavedReportInfo {
  const base = { reportId: r.id, title: r.title, county: r.county, year: r.year, savedAt }
  return by ? { ...base, by } : base
}

export type ReportsApi = ReturnType<typeof reportsApi>
