// The date a ledger is "as of": staff write it in the title (截至2023年6月底, 2023年6月重点项目推进表),
// in a heading (1-6月完成投资), or only in the sheet's name (6月). Time elapsed (时序进度) is measured
// against it, so where it came from is kept to show the user, who can correct it.
import type { HeaderInfo } from './header-detect'
import { normalizeText } from './text'
import type { Sheet } from './types'

export type AsOf = {
  year?: number
  month: number
  /** Only when a day is written (截至6月20日): otherwise the month is complete. */
  day?: number
  /** The words it was read from, and where (1-based row; 0 for the sheet's name). */
  text: string
  row: number
  from: 'title' | 'header' | 'sheet-name'
}

type Found = { year?: number; month: number; day?: number; text: string }

// Strongest first: a stated 截至 date, then a 1-N月 span, then a dated title, then N月份.
const PATTERNS: RegExp[] = [
  /(?:截至|截止到|截止|至)(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|底|末)?/,
  /(?:截至|截止到|截止)(\d{4})[./-](\d{1,2})(?:[./-](\d{1,2}))?/,
  /(?:(\d{4})年)?1(?:-|~|至|到)(\d{1,2})月/,
  /(\d{4})年(\d{1,2})月/,
  /(?:(\d{4})年)?(\d{1,2})月(?:份|底|末)/,
]

/** The as-of month one text states, by the strongest pattern it matches; undefined if none. */
export function findAsOf(input: string, strongest = PATTERNS.length): Found | undefined {
  const text = normalizeText(input).replace(/\s+/g, '')
  for (const re of PATTERNS.slice(0, strongest)) {
    const m = text.match(re)
    if (!m) continue
    const month = Number(m[2])
    if (month < 1 || month > 12) continue
    const found: Found = { month, text: m[0] }
    if (m[1]) found.year = Number(m[1])
    const day = m[3] ? Number(m[3]) : undefined
    if (day && day >= 1 && day <= 31) found.day = day
    return found
  }
  return undefined
}

function yearIn(texts: string[]): number | undefined {
  for (const t of texts) {
    const m = normalizeText(t).match(/(20\d{2})\s*年/)
    if (m) return Number(m[1])
  }
  return undefined
}

/** The as-of date of a sheet: from its title rows, else its headings, else its name. */
export function detectAsOf(sheet: Sheet, header: HeaderInfo): AsOf | undefined {
  const titles: { text: string; row: number }[] = []
  for (const r of header.titleRows) {
    for (const text of new Set((sheet.rows[r] ?? []).map((c) => c.text).filter(Boolean))) {
      titles.push({ text, row: r + 1 })
    }
  }
  const headings = header.columns.flatMap((c) =>
    c.parts.map((text) => ({ text, row: (header.rows[0] ?? 0) + 1 })),
  )
  const year = yearIn([...titles.map((t) => t.text), ...headings.map((h) => h.text), sheet.name])
  const sources: [typeof titles, AsOf['from'], number][] = [
    [titles, 'title', PATTERNS.length],
    // In headings only a 1-N月 span says the as-of month; "2023年6月" in a heading may be a start date.
    [headings, 'header', 3],
    [[{ text: sheet.name, row: 0 }], 'sheet-name', PATTERNS.length],
  ]
  for (const [texts, from, strongest] of sources) {
    for (let p = 1; p <= strongest; p++) {
      for (const { text, row } of texts) {
        const found = findAsOf(text, p)
        if (!found) continue
        const y = found.year ?? year
        return { ...found, ...(y ? { year: y } : {}), row, from }
      }
    }
  }
  return undefined
}
