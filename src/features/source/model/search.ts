import type { Range } from './sections'

export const MIN_QUERY = 1
/** Matches marked at most: past this a search of a very long text says so instead of freezing the page. */
export const MAX_HITS = 200

/**
 * Every non-overlapping match of the query in the text, case-insensitively (for Latin letters), up to
 * `max` (the caller tells the reader when the list is cut: length === max).
 */
export function findMatches(text: string, query: string, max = MAX_HITS): Range[] {
  const q = query.trim().toLocaleLowerCase()
  if (q.length < MIN_QUERY) return []
  const hay = text.toLocaleLowerCase()
  const out: Range[] = []
  let at = hay.indexOf(q)
  while (at >= 0 && out.length < max) {
    out.push({ start: at, end: at + q.length })
    at = hay.indexOf(q, at + q.length)
  }
  return out
}

/** Wraps a match index around the ends, for next/previous. */
export function stepMatch(current: number, delta: number, count: number): number {
  if (count === 0) return 0
  return (((current + delta) % count) + count) % count
}
