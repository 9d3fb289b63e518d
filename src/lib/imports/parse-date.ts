// Dates of a ledger (开工时间) as staff enter them: an Excel date, 2023.3, 2023年3月, 2023-03-15,
// 202303, or just 2023年. Kept at the precision written: '2023-03' is not turned into a day.
import { isAmbiguousMonth } from './parse-period'
import { normalizeText } from './text'
import type { Cell } from './types'

export type LooseDate =
  | { ok: true; year: number; month?: number; day?: number /** yyyy, yyyy-mm or yyyy-mm-dd */; text: string }
  | { ok: false; ambiguous?: true }
  | { ok: 'empty' }

const pad = (n: number) => String(n).padStart(2, '0')

function make(year: number, month?: number, day?: number): LooseDate {
  if (year < 1949 || year > 2200) return { ok: false }
  if (month === undefined) return { ok: true, year, text: String(year) }
  if (month < 1 || month > 12) return { ok: false }
  if (day === undefined) return { ok: true, year, month, text: `${year}-${pad(month)}` }
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return { ok: false }
  return { ok: true, year, month, day, text: `${year}-${pad(month)}-${pad(day)}` }
}

export function parseLooseDate(input: string): LooseDate {
  const t = normalizeText(input)
    .replace(/\s+/g, '')
    .replace(/(开工|开始|以前|前|底|末|初|份)$/g, '')
  if (t === '' || /^[-/~]+$/.test(t)) return { ok: 'empty' }
  let m = t.match(/^(\d{4})(?:年|[-/.])(\d{1,2})(?:月|[-/.])?(?:(\d{1,2})日?)?$/)
  if (m) return make(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined)
  m = t.match(/^(\d{4})(\d{2})(\d{2})?$/)
  if (m) return make(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined)
  m = t.match(/^(\d{4})年?$/)
  if (m) return make(Number(m[1]))
  return { ok: false }
}

/** A date cell is read from its calendar parts; a number is read as the text it shows (2023.3). */
export function readLooseDate(cell: Cell): LooseDate {
  if (cell.date) {
    const [y, mo, d] = cell.date.split('-').map(Number)
    return make(y ?? 0, mo, d)
  }
  if (cell.raw === null) return { ok: 'empty' }
  if (typeof cell.raw === 'number' && isAmbiguousMonth(cell.text)) return { ok: false, ambiguous: true }
  return parseLooseDate(cell.text)
}
