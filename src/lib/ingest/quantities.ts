import type { Unit } from '../format/units'
import { parseArabic, parseChineseNumeral } from './numbers'
import type { Token } from './tokens'
import type { DraftQualifier } from './types'
import { readUnit, schemaUnit, type UnitRead } from './unit-lexicon'

// A quantity is a number with what the text says around it: its unit (亿元, 万余户, 个百分点), its
// qualifier (余, 以上, 以内, 左右, 约, 近, 超过), a sign (增长-1.2%), a range (6%—7%) or a ratio
// (12.1:40.3:47.6). Offsets are in the normalised text.

export type Quantity = {
  start: number // first character of the quantity (sign or number)
  end: number // after the unit and any qualifier tail
  numStart: number
  numEnd: number
  value: number
  unitText: string // as written, '' when the number has none
  unit: Unit | null
  qualifier?: DraftQualifier
  range?: { low: number; high: number }
  ratio?: number[]
  threshold?: boolean // 500万元以上项目: a scope, not a figure
  sharedUnit?: boolean // 1.2和0.8个百分点: the first takes the second's unit
  tokens: Token[]
  numeral: 'arabic' | 'chinese'
}

const PREFIX_QUALIFIERS: [RegExp, DraftQualifier][] = [
  [/(?:不低于|不少于|至少)$/, 'at-least'],
  [/(?:不超过|不高于|不多于)$/, 'at-most'],
  [/(?:超过|逾|突破|超)$/, 'more-than'],
  [/(?:接近|将近|近)$/, 'nearly'],
  [/(?:大约|约)$/, 'about'],
]
const TAIL_QUALIFIERS: [string, DraftQualifier][] = [
  ['以上', 'at-least'],
  ['以内', 'at-most'],
  ['以下', 'at-most'],
  ['左右', 'about'],
  ['上下', 'about'],
]
const RANGE_SEP = /^[-—~至到]/

function numberAt(
  text: string,
  tokens: readonly Token[],
  i: number,
): { value: number; end: number; extra: Token[] } {
  // Thousands separators: 1,234,567 arrives as three tokens; join them when every group has three digits.
  const token = tokens[i] as Token
  const extra: Token[] = []
  let end = token.end
  if (/^\d{1,3}$/.test(token.text)) {
    for (let k = i + 1; k < tokens.length; k++) {
      const next = tokens[k] as Token
      if (text[end] !== ',' || next.start !== end + 1 || !/^\d{3}(?:\.\d+)?$/.test(next.text)) break
      extra.push(next)
      end = next.end
      if (next.text.includes('.')) break
    }
  }
  const value = extra.length ? parseArabic(text.slice(token.start, end)) : undefined
  return value !== undefined
    ? { value, end, extra }
    : { value: Number(token.text), end: token.end, extra: [] }
}

/**
 * The quantities of the text, one per number that reads as a figure. `skip` tells which tokens are
 * already known not to be measures (non-metric.ts), so years never become quantities.
 */
export function findQuantities(
  text: string,
  tokens: readonly Token[],
  skip: (t: Token) => boolean,
): Quantity[] {
  const out: Quantity[] = []
  const used = new Set<Token>()
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (used.has(t) || skip(t)) continue
    const q = t.kind === 'arabic' ? readArabic(text, tokens, i, used) : readChinese(text, t)
    if (!q) continue
    for (const tok of q.tokens) used.add(tok)
    out.push(q)
  }
  shareUnits(text, out)
  return out
}

function readArabic(
  text: string,
  tokens: readonly Token[],
  i: number,
  used: Set<Token>,
): Quantity | undefined {
  const t = tokens[i] as Token
  const { value: raw, end: numEnd, extra } = numberAt(text, tokens, i)
  const signChar = text[t.start - 1]
  const signed = (signChar === '-' || signChar === '+') && !/[\d.A-Za-z]/.test(text[t.start - 2] ?? '')
  const value = signed && signChar === '-' ? -raw : raw
  const start = signed ? t.start - 1 : t.start
  const q: Quantity = {
    start,
    end: numEnd,
    numStart: t.start,
    numEnd,
    value,
    unitText: '',
    unit: null,
    tokens: [t, ...extra],
    numeral: 'arabic',
  }
  // Ratios: 12.1:40.3:47.6
  if (text[numEnd] === ':' && /\d/.test(text[numEnd + 1] ?? '')) {
    const parts = [value]
    let k = i + 1 + extra.length
    let end = numEnd
    while (text[end] === ':' && tokens[k]?.start === end + 1) {
      const part = tokens[k] as Token
      parts.push(Number(part.text))
      q.tokens.push(part)
      end = part.end
      k++
    }
    return { ...q, end, ratio: parts }
  }
  const unit = readUnit(text, numEnd)
  const end = unit?.end ?? numEnd
  // Ranges: 6%—7%, 6-7%, 6%至7%
  const rest = text.slice(end)
  const next = tokens[i + 1 + extra.length]
  if (RANGE_SEP.test(rest) && next && next.kind === 'arabic' && next.start === end + 1 && !used.has(next)) {
    const high = readUnit(text, next.end)
    if (high && (!unit || high.unitText === unit.unitText)) {
      q.tokens.push(next)
      q.range = { low: value, high: Number(next.text) }
      return finish(text, { ...q }, high, high.end)
    }
  }
  return finish(text, q, unit, end)
}

function readChinese(text: string, t: Token): Quantity | undefined {
  if (t.text.startsWith('(') || t.text.startsWith('第')) return undefined
  let digits = t.text
  let unit = readUnit(text, t.end)
  // 两万余户: the token holds the multiplier that belongs to the unit.
  if (!unit && /[万亿]$/.test(digits)) {
    const mult = digits.slice(-1)
    const u = readUnit(text, t.end - 1)
    if (u?.unitText.startsWith(mult) && u.unitText.length > 1) {
      digits = digits.slice(0, -1)
      unit = u
    }
  } else if (unit && /[万亿]$/.test(digits) && digits.length > 1) {
    const combined = `${digits.slice(-1)}${unit.unitText}`
    if (schemaUnit(combined)) {
      unit = { ...unit, unitText: combined, unit: schemaUnit(combined) }
      digits = digits.slice(0, -1)
    }
  }
  const value = parseChineseNumeral(digits)
  if (value === undefined || !unit) return undefined
  const q: Quantity = {
    start: t.start,
    end: unit.end,
    numStart: t.start,
    numEnd: t.end,
    value,
    unitText: '',
    unit: null,
    tokens: [t],
    numeral: 'chinese',
  }
  return finish(text, q, unit, unit.end)
}

function finish(text: string, q: Quantity, unit: UnitRead | undefined, end: number): Quantity {
  let qualifier: DraftQualifier | undefined = unit?.over ? 'over' : undefined
  let stop = end
  for (const [word, qual] of TAIL_QUALIFIERS) {
    if (unit && text.startsWith(word, end)) {
      qualifier ??= qual
      stop = end + word.length
      // 500万元以上项目, 亿元以上的企业: a scope in front of a noun, not a figure of its own.
      if (
        (word === '以上' || word === '以下') &&
        /^[\u4e00-\u9fff]/.test(text.slice(stop)) &&
        !/^(?:和|或|增长|左右)/.test(text.slice(stop))
      )
        q.threshold = true
      break
    }
  }
  if (!qualifier) {
    const before = text.slice(Math.max(0, q.start - 3), q.start)
    qualifier = PREFIX_QUALIFIERS.find(([re]) => re.test(before))?.[1]
  }
  return {
    ...q,
    end: stop,
    unitText: unit?.unitText ?? '',
    unit: unit?.unit ?? null,
    ...(qualifier ? { qualifier } : {}),
  }
}

/** 1.2和0.8个百分点, 6、7、8万元: a bare number takes the unit of the number it is listed with. */
function shareUnits(text: string, qs: Quantity[]) {
  for (let i = qs.length - 2; i >= 0; i--) {
    const q = qs[i] as Quantity
    const next = qs[i + 1] as Quantity
    if (q.unitText || q.ratio || !next.unitText) continue
    const between = text.slice(q.end, next.start)
    if (/^(?:和|、|与|及|或)$/.test(between)) {
      qs[i] = { ...q, unitText: next.unitText, unit: next.unit, sharedUnit: true }
    }
  }
}
