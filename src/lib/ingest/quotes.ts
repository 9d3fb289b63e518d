import { type NormalisedText, toOriginal } from './normalise'
import type { Span } from './types'

// Every quote is cut from the ORIGINAL text through the offset map: the pipeline finds spans in the
// normalised view, the reader sees the report's own characters.

export type Quoted = { quote: string; span: Span }

const EDGE_START = /[\s、,;:。!?]/
const EDGE_END = /[\s、,;:]/

export function quoteOf(norm: NormalisedText, from: number, to: number): Quoted {
  const t = norm.text
  let start = from
  let end = to
  while (start < end && EDGE_START.test(t[start] ?? '')) start++
  while (end > start && EDGE_END.test(t[end - 1] ?? '')) end--
  if (end - start > 1000) end = start + 1000
  // The schema wants at least two characters: keep the punctuation, or widen to the left.
  if (end - start < 2) {
    end = Math.min(t.length, Math.max(to, from + 2))
    start = Math.max(0, Math.min(from, end - 2))
  }
  // …counted in characters, not UTF-16 units (the schema counts 𐀀 as one).
  while (Array.from(t.slice(start, end)).length < 2 && (start > 0 || end < t.length)) {
    if (end < t.length) end++
    else start--
  }
  const span = toOriginal(norm, start, end)
  return { quote: norm.original.slice(span[0], span[1]), span }
}

/** The clause around a span: back to the previous and on to the next comma, stop or line break. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  let s = start
  while (s > 0 && !/[,;:。!?\n]/.test(text[s - 1] ?? '')) s--
  let e = end
  while (e < text.length && !/[,;:。!?\n]/.test(text[e] ?? '')) e++
  if (e - s > 120) return [Math.max(s, start - 30), Math.min(e, end + 30)]
  return [s, e]
}
