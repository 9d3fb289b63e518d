// Numbers as staff write them: '１，２３４．５万元', '(1.2)', '－3.4%', '12 345', and the placeholders that
// mean "no figure" ('—', '/', '空'). A blank is never zero, and a figure that is not exact ('约5',
// '5亿多', '5-6') is rejected with its reason rather than read as 5: a dashboard that shows 5 where
// the file said "about 5" states something nobody said.
import { shift } from '../format/quantity'
import { type CellUnit, isCellUnit } from './cell-units'
import { normalizeText } from './text'
import type { Cell, IssueParams } from './types'

export type InvalidNumberCode =
  | 'not-a-number'
  | 'approximate-number'
  | 'number-range'
  | 'bad-grouping'
  | 'unknown-unit'
  | 'error-cell'

export type ParsedNumber =
  | { kind: 'empty' }
  /** value as written; unit as written after it (or implied by a % number format). */
  | { kind: 'number'; value: number; unit?: CellUnit }
  | { kind: 'invalid'; code: InvalidNumberCode; params: IssueParams }

const EMPTY: ParsedNumber = { kind: 'empty' }

// After normalizeText every dash is '-': '—', '——', '－', '-' alike. '空', '无', '暂无' are typed words.
const PLACEHOLDER = /^(?:-+|~|\/+|\\|\.{2,}|…+|×|空|无|暂无|未填|n\/?a|null|none|\*+)$/i

// Words that make a figure approximate (约5, 5亿多, 近3, 超过2, 5左右, 2700以上). Also 几/数 (几十).
const APPROXIMATE = /(大约|约|将近|接近|近|超过|超|逾|不足|不到|多|余|左右|上下|以上|以下|以内|几|数)/

const NUMBER = /^([+-])?¥?(\d[\d, ]*(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?(.*)$/i

function invalid(code: InvalidNumberCode, params: IssueParams): ParsedNumber {
  return { kind: 'invalid', code, params }
}

/** '1,234,567' and '1 234' are groups of three after the first; '1,5' and '12,34' are not. */
function ungroup(body: string): string | undefined {
  const dot = body.indexOf('.')
  const whole = dot < 0 ? body : body.slice(0, dot)
  if (!/[, ]/.test(whole)) return body
  if (!/^\d{1,3}(?:[, ]\d{3})+$/.test(whole)) return undefined
  return body.replace(/[, ]/g, '')
}

/** A number from text as typed. See ParsedNumber for what comes back. */
export function parseNumber(input: string): ParsedNumber {
  const text = normalizeText(input)
  if (text === '' || PLACEHOLDER.test(text)) return EMPTY
  if (/^#[A-Z/0-9!?]+$/i.test(text)) return invalid('error-cell', { text: input })
  let t = text
  let negative = false
  // Accounting style: (1.2) is −1.2. NFKC has already made （） into ().
  const paren = t.match(/^\((.*)\)$/)
  if (paren) {
    t = (paren[1] ?? '').trim()
    negative = true
  }
  const approx = t.match(APPROXIMATE)
  if (approx) return invalid('approximate-number', { text: input, word: approx[1] ?? '' })
  const m = t.match(NUMBER)
  if (!m) return invalid('not-a-number', { text: input })
  const [, sign, body = '', exp, rest = ''] = m
  if (paren && sign) return invalid('not-a-number', { text: input })
  const suffix = rest.trim()
  if (/^[-~至到]\s*[+-]?\d/.test(suffix)) return invalid('number-range', { text: input })
  const digits = ungroup(body.trim())
  if (digits === undefined) return invalid('bad-grouping', { text: input })
  let unit: CellUnit | undefined
  if (suffix !== '') {
    if (/\d/.test(suffix)) return invalid('not-a-number', { text: input })
    if (!isCellUnit(suffix)) return invalid('unknown-unit', { text: input, unit: suffix })
    unit = suffix
  }
  let value = Number(`${digits}${exp ? `e${exp}` : ''}`)
  if (!Number.isFinite(value)) return invalid('not-a-number', { text: input })
  if (negative || sign === '-') value = -value
  if (Object.is(value, -0)) value = 0
  return unit ? { kind: 'number', value, unit } : { kind: 'number', value }
}

/**
 * A number from a sheet cell: a number cell is taken as stored (a 5.2% cell stores 0.052: it comes
 * back as 5.2 with unit %), a text cell is parsed as typed, a date or error cell is not a number.
 */
export function readNumber(cell: Cell): ParsedNumber {
  if (cell.error) return invalid('error-cell', { text: cell.text })
  if (cell.raw === null) return EMPTY
  if (typeof cell.raw === 'boolean') return invalid('not-a-number', { text: cell.text })
  if (typeof cell.raw === 'string') return parseNumber(cell.raw)
  if (cell.date) return invalid('not-a-number', { text: cell.text })
  // Formulas leave binary noise (1234.5600000000002): 15 significant digits is what Excel shows.
  const stored = Number(cell.raw.toPrecision(15))
  const shown = normalizeText(cell.text)
  if (shown.endsWith('%')) return { kind: 'number', value: shift(stored, 2), unit: '%' }
  // A number format like 0.00"万元" shows the unit the figure is in.
  const suffix = shown.match(/[^\d.,\s-]+$/)?.[0]
  return suffix && isCellUnit(suffix)
    ? { kind: 'number', value: stored, unit: suffix }
    : { kind: 'number', value: stored }
}
