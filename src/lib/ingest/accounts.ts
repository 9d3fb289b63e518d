import type { NonMetric } from '../dataset/schema'
import type { Rejection } from './finding'
import type { NonMetricHit } from './non-metric'
import { type NormalisedText, toOriginal } from './normalise'
import type { Quantity } from './quantities'
import { clauseAround, quoteOf } from './quotes'
import type { DocStructure } from './structure'
import type { Token } from './tokens'
import type { TokenAccount } from './types'

// Coverage by construction: every token ends up placed (a report item holds it), a non-metric (with
// its reason, also written to the report's nonMetrics) or unplaced (with the reason it found no place).

export type AccountInput = {
  norm: NormalisedText
  doc: DocStructure
  tokens: readonly Token[]
  nonMetric: Map<Token, NonMetricHit>
  quantities: readonly Quantity[]
  placed: Map<Token, string> // token → report item id
  held: Map<Token, { id: string; reason: string }> // token → a candidate the report could not take
  rejected: readonly Rejection[]
}

export function accountTokens(input: AccountInput): { accounts: TokenAccount[]; nonMetrics: NonMetric[] } {
  const { norm, doc } = input
  const text = norm.text
  const byToken = new Map<Token, Quantity>()
  for (const q of input.quantities) for (const t of q.tokens) byToken.set(t, q)
  const rejectedBy = new Map<Token, string>()
  for (const r of input.rejected) for (const t of r.q.tokens) rejectedBy.set(t, r.reason)
  const accounts: TokenAccount[] = []
  const nonMetrics = new Map<string, NonMetric>()
  const addNonMetric = (span: [number, number], reason: string) => {
    const around = clauseAround(text, span[0], span[1])
    const quote = quoteOf(norm, around[0], around[1]).quote
    const [s, e] = toOriginal(norm, span[0], span[1])
    const token = norm.original.slice(s, e)
    const key = `${token}|${quote}`
    if (token && !nonMetrics.has(key) && quote.includes(token)) nonMetrics.set(key, { token, reason, quote })
  }
  for (const t of input.tokens) {
    const span = toOriginal(norm, t.start, t.end)
    const base = {
      text: norm.original.slice(span[0], span[1]),
      span,
      quote: quoteOf(norm, ...clauseAround(text, t.start, t.end)).quote,
    }
    const excluded = doc.excluded.find((x) => x.start <= t.start && t.end <= x.end)
    const hit = input.nonMetric.get(t)
    const q = byToken.get(t)
    const placed = input.placed.get(t)
    const held = input.held.get(t)
    if (excluded) {
      accounts.push({ ...base, status: 'non-metric', reason: excluded.reason })
      addNonMetric([t.start, t.end], excluded.reason)
    } else if (hit) {
      accounts.push({ ...base, status: 'non-metric', reason: hit.reason })
      addNonMetric(hit.span, hit.reason)
    } else if (q?.threshold) {
      const reason = 'a scope threshold (…以上 before a noun), not a figure'
      accounts.push({ ...base, status: 'non-metric', reason })
      addNonMetric([q.numStart, q.end], reason)
    } else if (placed) {
      accounts.push({ ...base, status: 'placed', itemId: placed })
    } else if (held) {
      accounts.push({ ...base, status: 'unplaced', itemId: held.id, reason: held.reason })
    } else {
      const reason =
        rejectedBy.get(t) ??
        (q ? 'not read as a figure of the report' : 'a number with no unit or context the pipeline reads')
      accounts.push({ ...base, status: 'unplaced', reason })
    }
  }
  return { accounts, nonMetrics: [...nonMetrics.values()] }
}
