// Guessing which column holds which field from the header words, with a confidence the UI shows and a
// user can override. A two-row header is read leaf first: "1-6月完成" under "2023年计划投资" is the
// completed investment, its group only says which year.
import type { HeaderColumn, HeaderScorer } from './header-detect'
import { normalizeText } from './text'

/** Patterns that name a field, each with how sure a match makes us (1 = the usual exact header). */
export type FieldRules<F extends string> = Record<F, readonly (readonly [RegExp, number])[]>

/** Header text as compared: normalised, without bracketed units '(万元)', spaces and 'N、' numbering. */
export function headerKey(text: string): string {
  return normalizeText(text)
    .replace(/[(（[【][^)）\]】]*[)）\]】]/g, '')
    .replace(/\s+/g, '')
    .replace(/^[0-9一二三四五六七八九十]+[、.]/, '')
    .toLowerCase()
}

/** Every field a text names, with the best score of its patterns. */
export function fieldScores<F extends string>(rules: FieldRules<F>, text: string): Map<F, number> {
  const key = headerKey(text)
  const out = new Map<F, number>()
  if (key === '') return out
  for (const field of Object.keys(rules) as F[]) {
    let best = 0
    for (const [re, score] of rules[field]) if (score > best && re.test(key)) best = score
    if (best > 0) out.set(field, best)
  }
  return out
}

/** The scorer header detection needs, from a reader's rules. */
export function scorerOf<F extends string>(rules: FieldRules<F>): HeaderScorer {
  return (text) => {
    let field: F | undefined
    let score = 0
    for (const [f, s] of fieldScores(rules, text)) {
      if (s > score) {
        field = f
        score = s
      }
    }
    return field === undefined ? undefined : { field, score }
  }
}

export type ColumnGuess<F extends string> = {
  field: F
  col: number
  letter: string
  header: string
  /** 0..1: 1 for the usual exact header (项目名称), lower for a partial one (名称) or a group's word. */
  confidence: number
}

/** field → 0-based column: what a user confirms or corrects, and what is remembered per shape. */
export type ColumnMapping<F extends string> = Partial<Record<F, number>>

export type MappingGuess<F extends string> = {
  mapping: ColumnMapping<F>
  guesses: ColumnGuess<F>[]
  /** Columns with a header that no field took (kept as the row's extra columns). */
  unmapped: HeaderColumn[]
}

const GROUP_WEIGHT = 0.85 // a word in the group heading above counts a little less than the column's own

/** One column per field and one field per column, best confidence first. */
export function guessColumns<F extends string>(
  columns: HeaderColumn[],
  rules: FieldRules<F>,
  minConfidence = 0.5,
): MappingGuess<F> {
  const candidates: ColumnGuess<F>[] = []
  for (const column of columns) {
    if (column.parts.length === 0) continue
    const scores = new Map<F, number>()
    column.parts.forEach((part, i) => {
      const weight = i === column.parts.length - 1 ? 1 : GROUP_WEIGHT
      for (const [field, s] of fieldScores(rules, part)) {
        scores.set(field, Math.max(scores.get(field) ?? 0, s * weight))
      }
    })
    for (const [field, score] of scores) {
      if (score >= minConfidence) {
        const confidence = Math.round(score * 100) / 100
        candidates.push({ field, col: column.col, letter: column.letter, header: column.text, confidence })
      }
    }
  }
  candidates.sort((a, b) => b.confidence - a.confidence || a.col - b.col)
  const mapping: ColumnMapping<F> = {}
  const guesses: ColumnGuess<F>[] = []
  const taken = new Set<number>()
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || taken.has(c.col)) continue
    mapping[c.field] = c.col
    taken.add(c.col)
    guesses.push(c)
  }
  const unmapped = columns.filter((c) => c.parts.length > 0 && !taken.has(c.col))
  return { mapping, guesses, unmapped }
}

/** The user's mapping in the shape of a guess, so the UI shows both alike. */
export function withMapping<F extends string>(
  columns: HeaderColumn[],
  mapping: ColumnMapping<F>,
): MappingGuess<F> {
  const cols = new Set(Object.values(mapping) as number[])
  const guesses: ColumnGuess<F>[] = []
  for (const [field, col] of Object.entries(mapping) as [F, number][]) {
    const column = columns[col]
    if (!column) continue
    // A column the user chose (or confirmed for this shape before) is certain, whatever the words said.
    guesses.push({ field, col, letter: column.letter, header: column.text, confidence: 1 })
  }
  return { mapping, guesses, unmapped: columns.filter((c) => c.parts.length > 0 && !cols.has(c.col)) }
}
