import type { TokenAccount } from '@/lib/ingest/types'
import { type MarkStatus, markStatus, type ReviewState } from './review'

// The text cut into plain runs and marked numbers, so the screen can show every number the pipeline
// met with its standing after review.

export type Segment = { text: string; mark?: { status: MarkStatus; account: TokenAccount } }

export function markedSegments(
  text: string,
  accounts: TokenAccount[],
  rejected: Set<string>,
  dismissed: ReviewState['dismissed'],
): Segment[] {
  const out: Segment[] = []
  let at = 0
  for (const a of [...accounts].sort((x, y) => x.span[0] - y.span[0])) {
    const [start, end] = a.span
    if (start < at || end > text.length) continue // overlapping or out of range: leave it plain
    if (start > at) out.push({ text: text.slice(at, start) })
    out.push({
      text: text.slice(start, end),
      mark: { status: markStatus(a, rejected, dismissed), account: a },
    })
    at = end
  }
  if (at < text.length) out.push({ text: text.slice(at) })
  return out
}

export function countMarks(segments: Segment[]): Record<MarkStatus, number> {
  const n: Record<MarkStatus, number> = { placed: 0, unplaced: 0, rejected: 0, 'non-metric': 0 }
  for (const s of segments) if (s.mark) n[s.mark.status]++
  return n
}
