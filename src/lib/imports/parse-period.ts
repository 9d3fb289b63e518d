// Periods of cumulative (year-to-date) statistics as staff write them: 2023-03, 2023年1-3月, 1—3月,
// 一季度, 上半年, 前三季度, 全年, 2023Q1. Each is read as the month the cumulative figure runs through.
// A span that does not start in January (4-6月, 二季度, 下半年) is a different statistic, not a
// year-to-date figure: it is rejected as such rather than filed under the wrong period.
import { chineseNumber, normalizeText } from './text'
import type { Cell, IssueParams } from './types'

export type Granularity = 'month' | 'quarter' | 'half' | 'year'

export type CumulativePeriod = {
  year: number
  /** The month the cumulative figure runs through: 1-3月 → 3, 上半年 → 6, 全年 → 12. */
  month: number
  /** How the period was written: 1-3月 is a month, 一季度 a quarter (both run through March). */
  granularity: Granularity
  /** '2023-03': sortable, and the same for 1-3月 and 一季度, which are one cumulative figure. */
  key: string
  /** Canonical zh text: 2023年1-3月, 2023年一季度, 2023年上半年, 2023年前三季度, 2023年. */
  label: string
}

export type PeriodCode =
  | 'unreadable-period'
  | 'no-year'
  | 'month-out-of-range'
  | 'not-cumulative'
  | 'ambiguous-month'
export type PeriodResult =
  | { ok: true; period: CumulativePeriod }
  | { ok: false; code: PeriodCode; params: IssueParams }

export type PeriodOptions = {
  /** The year to use when the text names none (1-3月): the report's year. */
  year?: number
}

const QUARTER_LABEL: Record<number, string> = { 3: '一季度', 6: '上半年', 9: '前三季度', 12: '全年' }

export function makePeriod(year: number, month: number, granularity: Granularity): CumulativePeriod {
  const key = `${year}-${String(month).padStart(2, '0')}`
  let label: string
  if (granularity === 'year') label = `${year}年`
  else if (granularity === 'month') label = month === 1 ? `${year}年1月` : `${year}年1-${month}月`
  else label = `${year}年${QUARTER_LABEL[month] ?? `1-${month}月`}`
  return { year, month, granularity, key, label }
}

const NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})'
const SEP = '[-~至到]'
type Span = { first?: number; month: number; granularity: Granularity } | { reject: PeriodCode }

/** The part after the year: 1-3月, 3月, 一季度, 上半年, Q1, 全年 ... */
function readSpan(rest: string): Span | undefined {
  const num = (s: string | undefined) => (s === undefined ? undefined : chineseNumber(s))
  let m = rest.match(new RegExp(`^${NUM}月?${SEP}${NUM}月$`))
  if (m) {
    const first = num(m[1])
    const last = num(m[2])
    if (first === undefined || last === undefined) return undefined
    return { first, month: last, granularity: 'month' }
  }
  m = rest.match(new RegExp(`^${NUM}月$`))
  if (m) {
    const month = num(m[1])
    return month === undefined ? undefined : { month, granularity: 'month' }
  }
  m = rest.match(/^第?([一二三四1-4])季度$/) ?? rest.match(/^q([1-4])$/i) ?? rest.match(/^([1-4])q$/i)
  if (m) {
    const q = num(m[1]) ?? 0
    // Only the first quarter starts in January; 二季度 alone is that quarter's own figure.
    return q === 1 ? { month: 3, granularity: 'quarter' } : { reject: 'not-cumulative' }
  }
  if (/^(上半年|h1|前两季度|前二季度|1-2季度|一至二季度)$/i.test(rest))
    return { month: 6, granularity: 'half' }
  if (/^(前三季度|前3季度|1-3季度|一至三季度|q1-q3|q1-3)$/i.test(rest))
    return { month: 9, granularity: 'quarter' }
  if (/^(下半年|h2)$/i.test(rest)) return { reject: 'not-cumulative' }
  if (/^(全年|年度|全年度|年|1-4季度)$/i.test(rest)) return { month: 12, granularity: 'year' }
  return undefined
}

const TRIM_TAIL = /(累计|份|末|底|止|为止|以来)+$/
const TRIM_HEAD = /^(截至|截止到|截止|至)/

/** The year written at the start (or, in English order, the end) and the rest; undefined if malformed. */
function splitYear(t: string): { year?: number; rest: string } | undefined {
  // 202303 as one number (yyyymm), as some statistics systems export it.
  const packed = t.match(/^(\d{4})(\d{2})$/)
  if (packed) return { year: Number(packed[1]), rest: `${Number(packed[2])}月` }
  const english = t.match(/^(q[1-4]|h[12])[-/]?(\d{4})$/i) // Q1 2023, H1-2023
  if (english) return { year: Number(english[2]), rest: english[1] ?? '' }
  const lead = t.match(/^(\d{4})(?:年度?)?(.*)$/)
  if (!lead) return { rest: t }
  const year = Number(lead[1])
  const rest = lead[2] ?? ''
  // 2023-03, 2023/3, 2023.03, 2023-03-31: a calendar month (a day, if any, is the as-of date).
  const cal = rest.match(/^[-/.](\d{1,2})(?:[-/.]\d{1,2})?$/)
  if (cal) return { year, rest: `${Number(cal[1])}月` }
  const q = rest.match(/^[-/.]?(q[1-4])$/i)
  if (q) return { year, rest: q[1] ?? '' }
  return /^[-/.]/.test(rest) ? undefined : { year, rest }
}

export function parsePeriod(input: string, opts: PeriodOptions = {}): PeriodResult {
  const params = { text: input }
  const t = normalizeText(input).replace(/\s+/g, '').replace(TRIM_HEAD, '').replace(TRIM_TAIL, '')
  const split = t === '' ? undefined : splitYear(t)
  if (!split) return { ok: false, code: 'unreadable-period', params }
  const span: Span | undefined = split.rest === '' ? { month: 12, granularity: 'year' } : readSpan(split.rest)
  if (!span) return { ok: false, code: 'unreadable-period', params }
  if ('reject' in span) return { ok: false, code: span.reject, params }
  if (span.month < 1 || span.month > 12 || (span.first !== undefined && span.first > span.month)) {
    return { ok: false, code: 'month-out-of-range', params }
  }
  if (span.first !== undefined && span.first !== 1) return { ok: false, code: 'not-cumulative', params }
  const year = split.year ?? opts.year
  if (year === undefined) return { ok: false, code: 'no-year', params }
  if (year < 1949 || year > 2200) return { ok: false, code: 'unreadable-period', params }
  return { ok: true, period: makePeriod(year, span.month, span.granularity) }
}

/** A period from a cell: a date cell is its month; a number cell is read as the text it shows. */
export function readPeriod(cell: Cell, opts: PeriodOptions = {}): PeriodResult {
  if (cell.date) {
    const [y, mo] = cell.date.split('-').map(Number)
    if (y && mo) return { ok: true, period: makePeriod(y, mo, 'month') }
  }
  if (typeof cell.raw === 'number' && isAmbiguousMonth(cell.text)) {
    return { ok: false, code: 'ambiguous-month', params: { text: cell.text } }
  }
  return parsePeriod(cell.text, opts)
}

/**
 * 2023.10 typed into an Excel cell becomes the number 2023.1, which shows as 2023.1: October and
 * January are then the same cell. Only a number cell can have lost the 0; text '2023.1' is January.
 */
export function isAmbiguousMonth(shown: string): boolean {
  return /^\d{4}\.1$/.test(shown.trim())
}

// A period inside longer text: a wide table's '2023年1-3月累计值', a title's '1-6月主要经济指标'.
const FIND = new RegExp(
  `(\\d{4}年)?(${NUM}月?${SEP}${NUM}月|${NUM}月份?|第?[一二三四1-4]季度|前三季度|上半年|下半年|全年|q[1-4])|\\d{4}年(?!\\d)`,
  'i',
)

/** The first period written inside a longer text, with the words that named it; undefined if none. */
export function findPeriod(
  text: string,
  opts: PeriodOptions = {},
): { result: PeriodResult; match: string } | undefined {
  const t = normalizeText(text).replace(/\s+/g, '')
  const m = t.match(FIND)
  if (!m) return undefined
  return { result: parsePeriod(m[0], opts), match: m[0] }
}
