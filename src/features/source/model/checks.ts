import { allQuotes } from '@/lib/dataset/facts'
import type { Report } from '@/lib/dataset/schema'
import type { TextSection } from './sections'

/** What the loaded text lacks that the dataset expects of it: headings and quotes not in it. */
export type TextCheck = {
  /** Sections whose heading line is not in the text (their text is shown with the section before). */
  missingHeadings: number
  /** Quotes of the dataset that are not in the text, and the first of them (path and words). */
  missingQuotes: number
  firstMissing: { path: string; quote: string } | null
}

/** Checks a report's text against its dataset, once, when the text has loaded. */
export function checkText(report: Report, text: string, parts: readonly TextSection[]): TextCheck {
  let missingQuotes = 0
  let firstMissing: TextCheck['firstMissing'] = null
  for (const { item, path } of allQuotes(report)) {
    if (text.includes(item)) continue
    missingQuotes++
    firstMissing ??= { path, quote: item }
  }
  return { missingHeadings: report.sections.length - parts.length, missingQuotes, firstMissing }
}
