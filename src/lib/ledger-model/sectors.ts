// The ledger's 行业 words onto the dashboard's sectors, with the user's own mapping first. A word the
// user marked as belonging to no sector stays without one; a word nothing maps is listed, never guessed.
import type { Sector } from '../dataset/taxonomy'
import { mapSectorWord, type SectorMapping } from '../imports/sector-map'
import { keyText } from '../imports/text'

/** The user's words (store.settings sectorWords): null means "looked at, belongs to no sector". */
export type SectorWords = Readonly<Record<string, Sector | null>>

export type WordMapping = SectorMapping | { word: string; via: 'none' }

export type SectorResolver = (word: string) => WordMapping

/** One resolver per mapping, remembering each distinct word (a ledger repeats a few dozen words). */
export function sectorResolver(words: SectorWords): SectorResolver {
  // No prototype: a ledger's 行业 word is the user's text, and `__proto__` is a word like any other.
  const overrides: Record<string, Sector> = Object.create(null)
  const none = new Set<string>()
  for (const [w, s] of Object.entries(words)) {
    if (s === null) none.add(keyText(w))
    else overrides[w] = s
  }
  const seen = new Map<string, WordMapping>()
  return (word) => {
    let m = seen.get(word)
    if (!m) {
      m = none.has(keyText(word)) ? { word, via: 'none' } : mapSectorWord(word, overrides)
      seen.set(word, m)
    }
    return m
  }
}

export const sectorOfMapping = (m: WordMapping): Sector | null => ('sector' in m ? m.sector : null)

/** A distinct 行业 word of the ledger with how it maps and how many rows use it. */
export type WordUse = { word: string; mapping: WordMapping; rows: number }

/** Every 行业 word of the ledger, most used first; those left for the user are the unmapped/ambiguous. */
export function wordUses(words: Iterable<string | undefined>, resolve: SectorResolver): WordUse[] {
  const counts = new Map<string, number>()
  for (const w of words) if (w) counts.set(w, (counts.get(w) ?? 0) + 1)
  return [...counts.entries()]
    .map(([word, rows]) => ({ word, rows, mapping: resolve(word) }))
    .sort((a, b) => b.rows - a.rows || a.word.localeCompare(b.word))
}

export const needsDecision = (m: WordMapping) => m.via === 'unmapped' || m.via === 'ambiguous'
