// How alike two names are, for suggestions and project matching: Dice's coefficient over character
// bigrams. It suits Chinese names, where a word is two or three characters and order matters.

export function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>()
  if (text.length === 1) out.set(text, 1)
  for (let i = 0; i < text.length - 1; i++) {
    const g = text.slice(i, i + 2)
    out.set(g, (out.get(g) ?? 0) + 1)
  }
  return out
}

/** 0..1: twice the shared bigrams over all bigrams. Inputs are keys (already normalised). */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0
  let total = 0
  for (const [, n] of a) total += n
  for (const [g, n] of b) {
    total += n
    shared += Math.min(n, a.get(g) ?? 0)
  }
  return total === 0 ? 0 : (2 * shared) / total
}
