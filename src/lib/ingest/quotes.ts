import { type NormalisedText, toOriginal } from './normalise'
import type { Span } from './types'

// Every quote is cut from the ORIGINAL text through the offset map: the pipeline finds spans in the
// normalised view, the reader sees the report's own characters.

export type Quoted = { quote: string; span: Span }

const EDGE_START = /[\s、,;:。!?]/
const EDGE_END = /[\s、,;:]/

export function quoteOf(norm: NormalisedText, start: number, end: number): Quoted {
  const t = norm.text
  while (start < end && EDGE_START.test(t[start] ?? '')) start++
  while (end > start && EDGE_END.test(t[end - 1] ?? '')) end--
  if (end - start > 1000) end = start + 1000
  if (end - start < 2) end = Math.min(t.length, start + 2)
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
