// Coverage of the report's quantities: every quantity-like token of the text must be captured as a fact
// or listed, with a reason, as a non-metric. Pure functions over the report and its text.
import type { Qualifier } from '../format/quantity'
import { type Unit, unitSpec } from '../format/units'
import { statedFacts } from './facts'
import type { Report } from './schema'

export type QuantityToken = { start: number; end: number; text: string; kind: 'arabic' | 'chinese' }

/**
 * Full-width digits, point and percent sign (１０２．３％, common in government copies) read as their
 * ASCII forms, one character for one, so offsets in the folded text are offsets in the original.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E\uFF05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

const CN_NUMERAL = /[一二两三四五六七八九十百千万亿]+/g
/** Measure words and suffixes after which a Chinese numeral counts or numbers something. */
const CN_CLASSIFIER = /[个件项类条届批轮期是家次大年级]/

function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = []
  for (const [open, close] of [
    ['“', '”'],
    ['‘', '’'],
  ] as const) {
    let from = 0
    for (;;) {
      const s = text.indexOf(open, from)
      if (s < 0) break
      const e = text.indexOf(close, s + 1)
      if (e < 0) break
      spans.push([s, e])
      from = s + 1
    }
  }
  return spans
}

/**
 * Every quantity-like token of the text:
 * - every Arabic number (113.6, 2022, the 5 of 5G, the 1 and 4 of 1+4);
 * - a Chinese numeral that counts or numbers something: an ordinal in brackets (（一）) or after 第 (第二届),
 *   one followed by a measure word (三件大事, 十五条, 一是, 二十大, 万亿级), or one inside quotation marks
 *   (“六化”, “一村一品”). A 万/亿 right after a digit is that number's multiplier, not a token; numerals
 *   inside words (进一步, 一般, 万众一心, 珠三角) are not quantities.
 */
export function quantityTokens(text: string): QuantityToken[] {
  const tokens: QuantityToken[] = []
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'arabic' })
  }
  const quoted = quotedSpans(text)
  for (const m of text.matchAll(CN_NUMERAL)) {
    let start = m.index
    let end = start + m[0].length
    const before = text[start - 1] ?? ''
    const after = text[end] ?? ''
    if (/[\d.]/.test(before)) continue // 1.6万, 113.6亿: a multiplier
    if (before === '(' && after === ')') {
      start -= 1
      end += 1
    } else if (before === '第') start -= 1
    else if (!CN_CLASSIFIER.test(after) && !quoted.some(([s, e]) => s < start && end <= e)) continue
    tokens.push({ start, end, text: text.slice(start, end), kind: 'chinese' })
  }
  return tokens.sort((a, b) => a.start - b.start)
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The unit as the report writes it after a number, with its qualifier: 万余户, 余次, %以上, %以内. */
export function unitPattern(unit: Unit, qualifier?: Qualifier): string {
  const zh = unitSpec(unit).zh
  if (qualifier === 'over') {
    const multiplier = zh.match(/^[万亿]/)?.[0] ?? ''
    return `${escapeRegExp(multiplier)}余${escapeRegExp(zh.slice(multiplier.length))}`
  }
  const tail = qualifier === 'at-least' ? '以上' : qualifier === 'at-most' ? '以内' : ''
  return `${escapeRegExp(zh)}${tail}`
}

/** The number as written (String(value)), optionally a space, then the unit: "113.6亿元", "12 %". */
export function numberPattern(value: number, unit: Unit, qualifier?: Qualifier): RegExp {
  return new RegExp(`${signPattern(value)}${digitsPattern(Math.abs(value))} ?${unitPattern(unit, qualifier)}`)
}

/** Words that state a fall: 下降3.6% is a growth of −3.6%. */
const FALL = '(?:下降|减少|下滑|回落|降低|负增长)'

/** A negative value is written with its sign or after a word of falling; a positive one with neither. */
function signPattern(value: number): string {
  return value < 0 ? `(?:[-−]|${FALL}\\s*)` : '(?<![\\d.])'
}

/** The digits as written, thousands separators allowed (156780 matches 156,780). */
function digitsPattern(abs: number): string {
  const [int = '', frac] = String(abs).split('.')
  const groups: string[] = []
  for (let end = int.length; end > 0; end -= 3) groups.unshift(int.slice(Math.max(0, end - 3), end))
  return `${groups.join(',?')}${frac ? `\\.${frac}` : ''}(?![\\d])`
}

/**
 * The ways the report may write a stated number: as stored, and an amount in 亿元 (the schema's unit
 * for money such as a project's investment) also as the 万元 the report may state it in
 * (总投资5000万元 = 0.5亿元).
 */
export function writtenForms(value: number, unit: Unit): { value: number; unit: Unit }[] {
  if (unit !== '亿元') return [{ value, unit }]
  return [
    { value, unit },
    { value: Math.round(value * 1e4 * 1e6) / 1e6, unit: '万元' },
  ]
}

export function numberInQuote(value: number, unit: Unit, quote: string, qualifier?: Qualifier): boolean {
  const folded = foldWidth(quote)
  return writtenForms(value, unit).some((f) => numberPattern(f.value, f.unit, qualifier).test(folded))
}

/** A number the report states, located by its quote: stated facts and projects' investments. */
export type NumberSource = {
  id: string
  path: string
  value: number
  unit: Unit
  qualifier?: Qualifier | undefined
  quote: string
  kind: 'fact' | 'investment'
}

export function numberSources(report: Report): NumberSource[] {
  const out: NumberSource[] = statedFacts(report).map(({ item, path }) => ({
    id: item.id,
    path,
    value: item.value,
    unit: item.unit,
    qualifier: item.qualifier,
    quote: item.quote,
    kind: 'fact',
  }))
  report.projects.forEach((p, i) => {
    if (p.investment)
      out.push({
        id: p.id,
        path: `projects[${i}].investment`,
        value: p.investment.value,
        unit: p.investment.unit,
        quote: p.quote,
        kind: 'investment',
      })
  })
  return out
}

function occurrences(text: string, part: string): number[] {
  const out: number[] = []
  if (!part) return out
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) out.push(i)
  return out
}

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** 第一 … 第十 for a rank: how the report writes a position (larger ones would need a real numeral writer). */
export function ordinalZh(position: number): string | undefined {
  const digits = CN_DIGITS[position]
  return digits ? `第${digits}` : undefined
}

/** A recorded rank is in its own quote, written as the report writes it (第一). */
export function rankInQuote(position: number, quote: string): boolean {
  const written = ordinalZh(position)
  return written !== undefined && quote.includes(written)
}

export type CoveredToken = {
  token: QuantityToken
  by: 'fact' | 'investment' | 'rank' | 'non-metric'
  ref: string
}
export type Coverage = { tokens: QuantityToken[]; covered: CoveredToken[]; uncovered: QuantityToken[] }

/**
 * Which tokens the dataset accounts for. An Arabic token is covered by a number source when it lies inside
 * an occurrence of the source's quote, has the source's value and is followed by the source's unit. Any
 * token is covered by a non-metric when it lies inside an occurrence of that entry's token within its quote.
 */
export function coverage(report: Report, original: string): Coverage {
  // Folded one character for one: every offset below is also the original's.
  const text = foldWidth(original)
  const tokens = quantityTokens(text)
  const byStart = new Map(tokens.map((t) => [t.start, t]))
  const found = new Map<QuantityToken, CoveredToken>()
  for (const src of numberSources(report)) {
    // Every written form of the number (signed, with thousands separators, in 万元 for 亿元) found in
    // the quote covers the Arabic tokens it spans (62,310万元 is the tokens 62 and 310).
    const forms = writtenForms(src.value, src.unit).map(
      (f) => new RegExp(numberPattern(f.value, f.unit, src.qualifier).source, 'g'),
    )
    const quote = foldWidth(src.quote)
    for (const q of occurrences(text, quote)) {
      for (const re of forms)
        for (const m of quote.matchAll(re)) {
          const [from, to] = [q + m.index, q + m.index + m[0].length]
          for (const token of tokens) {
            if (token.kind !== 'arabic' || token.start < from || token.end > to) continue
            if (!found.has(token)) found.set(token, { token, by: src.kind, ref: src.id })
          }
        }
    }
  }
  // A rank (位居全省各县第一) covers its 第一 inside its own quote.
  for (const { item, path } of statedFacts(report)) {
    const written = item.rank && ordinalZh(item.rank.position)
    if (!item.rank || !written) continue
    for (const q of occurrences(text, foldWidth(item.rank.quote)))
      for (const o of occurrences(item.rank.quote, written)) {
        const token = byStart.get(q + o)
        if (token && token.text === written && !found.has(token))
          found.set(token, { token, by: 'rank', ref: `${path}.rank` })
      }
  }
  const marks: [number, number, string][] = []
  report.nonMetrics.forEach((n, i) => {
    for (const q of occurrences(text, foldWidth(n.quote)))
      for (const o of occurrences(foldWidth(n.quote), foldWidth(n.token)))
        marks.push([q + o, q + o + n.token.length, `nonMetrics[${i}]`])
  })
  for (const token of tokens) {
    if (found.has(token)) continue
    const mark = marks.find(([s, e]) => s <= token.start && token.end <= e)
    if (mark) found.set(token, { token, by: 'non-metric', ref: mark[2] })
  }
  return {
    tokens,
    covered: tokens.flatMap((t) => found.get(t) ?? []),
    uncovered: tokens.filter((t) => !found.has(t)),
  }
}
