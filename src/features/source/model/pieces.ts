import type { Range } from './sections'

/** A run of a paragraph with uniform marking: inside the highlighted quote, a search hit, a heading. */
export type Piece = {
  text: string
  start: number
  hl: boolean
  /** Index of the search match this run belongs to, if any. */
  hit: number | null
  strong: boolean
}

export type Marks = { hl: Range | null; hits: readonly Range[]; strong: readonly Range[] }

/**
 * Cuts a paragraph [start, start + text.length) into runs at every boundary of the ranges that touch
 * it. Pure offsets in and text runs out: the component renders them as text nodes, never HTML.
 */
export function piecesOf(text: string, start: number, marks: Marks): Piece[] {
  const end = start + text.length
  const cuts = new Set([start, end])
  const touching = (r: Range) => r.end > start && r.start < end
  const all = [...(marks.hl ? [marks.hl] : []), ...marks.hits, ...marks.strong].filter(touching)
  for (const r of all) {
    cuts.add(Math.max(start, r.start))
    cuts.add(Math.min(end, r.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const inside = (r: Range, a: number) => r.start <= a && a < r.end
  const out: Piece[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i] as number
    const b = points[i + 1] as number
    const hit = marks.hits.findIndex((r) => inside(r, a))
    out.push({
      text: text.slice(a - start, b - start),
      start: a,
      hl: marks.hl ? inside(marks.hl, a) : false,
      hit: hit < 0 ? null : hit,
      strong: marks.strong.some((r) => inside(r, a)),
    })
  }
  return out
}

/** Splits runs into before / inside / after the highlighted quote, so the quote renders as one element. */
export function groupHighlight(pieces: Piece[]): { before: Piece[]; hl: Piece[]; after: Piece[] } {
  const first = pieces.findIndex((p) => p.hl)
  if (first < 0) return { before: pieces, hl: [], after: [] }
  let last = first
  while (pieces[last + 1]?.hl) last++
  return { before: pieces.slice(0, first), hl: pieces.slice(first, last + 1), after: pieces.slice(last + 1) }
}
