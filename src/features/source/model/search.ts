import type { Range } from './sections'

export const MIN_QUERY = 1

/** Every non-overlapping match of the query in the text, case-insensitively (for Latin letters). */
export function findMatches(text: string, query: string): Range[] {
  const q = query.trim().toLocaleLowerCase()
  if (q.length < MIN_QUERY) return []
  const hay = text.toLocaleLowerCase()
  const out: Range[] = []
  let at = hay.indexOf(q)
  while (at >= 0) {
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
