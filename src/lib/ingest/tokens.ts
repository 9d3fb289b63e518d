import { type QuantityToken, quantityTokens } from '../dataset/coverage'
import { CN_NUMERAL_CHARS } from './numbers'
import { unitAt } from './unit-lexicon'

// The quantity tokens of a text: the dataset's own definition (coverage.ts) read on the normalised
// text, so full-width digits count too, plus Chinese numerals that carry a unit the dataset's
// classifier list does not know (两万余户, 三十人). Coverage is counted over exactly these tokens.

export type Token = QuantityToken

const CN_RUN = new RegExp(`[${CN_NUMERAL_CHARS}]+`, 'g')

export function textTokens(text: string): Token[] {
  const tokens = quantityTokens(text)
  const taken = new Set(tokens.map((t) => t.start))
  for (const m of text.matchAll(CN_RUN)) {
    const start = m.index
    const end = start + m[0].length
    if (taken.has(start) || /[\d.]/.test(text[start - 1] ?? '')) continue
    if (tokens.some((t) => t.start < end && start < t.end)) continue
    let at = end
    if (text[at] === '余' || text[at] === '多') at++
    const unit = unitAt(text, at)
    // A numeral run inside a word (进一步, 万众一心) has no unit after it; one with a unit counts.
    if (!unit || m[0] === '万' || m[0] === '亿') continue
    tokens.push({ start, end, text: m[0], kind: 'chinese' })
  }
  return tokens.sort((a, b) => a.start - b.start)
}

/** Spans inside “…” or ‘…’ (short ones: names and slogans, not long quotations). */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = []
  for (const [open, close] of [
    ['“', '”'],
    ['‘', '’'],
    ['"', '"'],
  ] as const) {
    let from = 0
    for (;;) {
      const s = text.indexOf(open, from)
      if (s < 0) break
      const e = text.indexOf(close, s + 1)
      if (e < 0) break
      if (e - s <= 24 && !text.slice(s, e).includes('\n')) spans.push([s, e])
      from = e + 1
    }
  }
  return spans
}
