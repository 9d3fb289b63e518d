// Delimited text into a sheet: CSV files, and what Excel puts on the clipboard (tab-separated, with
// quotes around cells that hold a line break). No SheetJS here, so a paste on the main thread does not
// load the spreadsheet library.
import Papa from 'papaparse'
import { BLANK, type Cell, type Sheet } from './types'

export const DELIMITERS = [',', '\t', ';'] as const
export type Delimiter = (typeof DELIMITERS)[number]

function parse(text: string, delimiter: string, preview = 0): string[][] {
  // header: false and no dynamic typing: every field stays the text the user wrote (numbers too).
  const result = Papa.parse<string[]>(text, { delimiter, preview, header: false, skipEmptyLines: false })
  return result.data
}

/**
 * The separator that splits the most rows into the same number (≥ 2) of fields. Title rows above a
 * header (one field whatever the separator) do not sway it; a tie goes to tab, then comma, since a
 * comma inside a tab-separated paste is text (1,234) while a tab inside a CSV is rare.
 */
export function sniffDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024)
  let best: Delimiter = ','
  let bestScore = 0
  for (const delimiter of ['\t', ',', ';'] as const) {
    const counts = new Map<number, number>()
    for (const row of parse(sample, delimiter, 60)) {
      if (row.length < 2) continue
      counts.set(row.length, (counts.get(row.length) ?? 0) + 1)
    }
    let score = 0
    for (const [, n] of counts) score = Math.max(score, n)
    if (score > bestScore) {
      best = delimiter
      bestScore = score
    }
  }
  return best
}

function toCell(field: string): Cell {
  return field === '' ? BLANK : { raw: field, text: field }
}

/** Text rows as a sheet: every row padded to the widest one, a final line break not counted as a row. */
export function readDelimited(
  text: string,
  name: string,
  delimiter?: Delimiter,
): Sheet & { delimiter: Delimiter } {
  const used = delimiter ?? sniffDelimiter(text)
  const data = text === '' ? [] : parse(text, used)
  const last = data.at(-1)
  if (last && last.length === 1 && last[0] === '') data.pop()
  let width = 0
  for (const row of data) width = Math.max(width, row.length)
  const rows = data.map((fields) => {
    const cells: Cell[] = new Array(width)
    for (let c = 0; c < width; c++) cells[c] = toCell(fields[c] ?? '')
    return cells
  })
  return { name, rows, merges: [], delimiter: used }
}

/** What a user pasted from Excel or WPS: tab-separated unless the text has no tab at all. */
export function readPastedText(text: string, name = 'paste'): Sheet {
  const clean = text.replace(/\r\n?/g, '\n')
  const { delimiter: _, ...sheet } = readDelimited(clean, name, clean.includes('\t') ? '\t' : undefined)
  return sheet
}
