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
 * The ranges of a sorted, non-overlapping list that touch [start, end), as [from, to) indices: found
 * by binary search, so a paragraph of a very long text with thousands of matches elsewhere costs
 * nothing to mark.
 */
export function span(ranges: readonly Range[], start: number, end: number): [number, number] {
  const first = (test: (r: Range) => boolean) => {
    let lo = 0
    let hi = ranges.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (test(ranges[mid] as Range)) hi = mid
      else lo = mid + 1
    }
    return lo
  }
  const from = first((r) => r.end > start)
  return [
    from,
    Math.max(
      from,
      first((r) => r.start >= end),
    ),
  ]
}

/**
 * Cuts a paragraph [start, start + text.length) into runs at every boundary of the ranges that touch
 * it. Pure offsets in and text runs out: the component renders them as text nodes, never HTML.
 */
export function piecesOf(text: string, start: number, marks: Marks): Piece[] {
  const end = start + text.length
  const cuts = new Set([start, end])
  const [hitFrom, hitTo] = span(marks.hits, start, end)
  const [strongFrom, strongTo] = span(marks.strong, start, end)
  const touching = [
    ...(marks.hl && marks.hl.end > start && marks.hl.start < end ? [marks.hl] : []),
    ...marks.hits.slice(hitFrom, hitTo),
    ...marks.strong.slice(strongFrom, strongTo),
  ]
  for (const r of touching) {
    cuts.add(Math.max(start, r.start))
    cuts.add(Math.min(end, r.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const inside = (r: Range | undefined, a: number) => r !== undefined && r.start <= a && a < r.end
  const out: Piece[] = []
  let hit = hitFrom
  let strong = strongFrom
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i] as number
    const b = points[i + 1] as number
    while (hit < hitTo && (marks.hits[hit] as Range).end <= a) hit++
    while (strong < strongTo && (marks.strong[strong] as Range).end <= a) strong++
    out.push({
      text: text.slice(a - start, b - start),
      start: a,
      hl: marks.hl ? inside(marks.hl, a) : false,
      hit: hit < hitTo && inside(marks.hits[hit], a) ? hit : null,
      strong: strong < strongTo && inside(marks.strong[strong], a),
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
