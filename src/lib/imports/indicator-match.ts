// Which of the report's indicators a row names. The names themselves (ids, Chinese labels, GDP, 社零,
// 固投 ...) come from the caller's catalog; this module only makes spellings comparable. Only an
// exact match after normalising is taken: 工业增加值 (all industry) and 规上工业增加值 (above-scale
// industry) are different statistics, so a near name is offered as a suggestion, never assumed.
import type { Unit } from '../format/units'
import { unitInText } from './cell-units'
import { bigrams, dice } from './similarity'
import { keyText, normalizeText, withoutBrackets } from './text'

export type IndicatorCandidate = {
  id: string
  /** Every name staff use for it: the Chinese label, short names (社零, 固投), English (GDP). */
  names: string[]
  /** The unit its values are kept in (亿元, 元, 户主体): values in another unit of its kind convert. */
  unit?: Unit
  /** A known level (2022's, from the report): a value 100× off it is rejected as a unit slip. */
  reference?: { value: number; unit: Unit }
}

export type IndicatorMatch =
  | { kind: 'match'; id: string }
  | { kind: 'ambiguous'; ids: string[] }
  | { kind: 'none'; suggestion?: string }

const BRACKETS = /[(（[【〔]([^)）\]】〕]*)[)）\]】〕]/g

/** Brackets that hold a unit ((亿元), (%), 【单位：万元】) say nothing about which indicator it is. */
function withoutUnitBrackets(text: string): string {
  return text.replace(BRACKETS, (all, inner: string) =>
    unitInText(`(${inner})`) || /^单位/.test(inner) ? '' : all,
  )
}

/**
 * The comparable form of an indicator name: no numbering (1、, 一、, （一）, 其中：), no bracketed unit,
 * 规模以上 as 规上, no 全县/我县, no trailing 增速/增长/累计 (a growth row names the indicator too),
 * no spaces or punctuation, full-width folded, lower case.
 */
export function indicatorKey(text: string): string {
  // Numbering goes while its punctuation still marks it: 一、 is numbering, 一般 is a word.
  const bare = normalizeText(text)
    .replace(/^(?:其中|#)\s*:?\s*/, '')
    .replace(/^(?:\(?[一二三四五六七八九十\d]+\)|[一二三四五六七八九十\d]+[、.])\s*/, '')
    .replace(/^(?:其中|#)\s*:?\s*/, '')
  let t = keyText(withoutUnitBrackets(bare))
  t = t.replace(/规模以上/g, '规上').replace(/^(全县|我县|本县|全区|全市)/, '')
  t = t.replace(/(累计)?(增速|增长率|增长|增幅|同比增长|同比)$/, '').replace(/累计(值)?$/, '')
  return t
}

/** A matcher over one catalog, indexed once (an import checks 1,200 rows against it). */
export function indicatorMatcher(
  candidates: readonly IndicatorCandidate[],
): (text: string) => IndicatorMatch {
  const exact = new Map<string, Set<string>>()
  const grams: { id: string; grams: Map<string, number> }[] = []
  for (const c of candidates) {
    for (const name of [c.id, ...c.names]) {
      const key = indicatorKey(name)
      if (key === '') continue
      const ids = exact.get(key) ?? new Set<string>()
      ids.add(c.id)
      exact.set(key, ids)
      grams.push({ id: c.id, grams: bigrams(key) })
    }
  }
  return (text) => {
    const key = indicatorKey(text)
    if (key === '') return { kind: 'none' }
    const ids = exact.get(key)
    if (ids && ids.size === 1) return { kind: 'match', id: [...ids][0] as string }
    if (ids) return { kind: 'ambiguous', ids: [...ids] }
    // Other brackets qualify the name: 社零（限上） is not 社零. Only when the bracket names the same
    // indicator as the rest (地区生产总值（GDP）) is it that indicator.
    const outside = exact.get(indicatorKey(withoutBrackets(text)))
    if (outside?.size === 1) {
      const id = [...outside][0] as string
      const inside = [...text.matchAll(BRACKETS)].map((m) => exact.get(indicatorKey(m[1] ?? '')))
      if (inside.some((ids) => ids?.size === 1 && ids.has(id))) return { kind: 'match', id }
      return { kind: 'none', suggestion: id }
    }
    const mine = bigrams(key)
    let best: string | undefined
    let bestScore = 0.5 // below half the bigrams shared, a suggestion is noise
    for (const g of grams) {
      const s = dice(mine, g.grams)
      if (s > bestScore) {
        best = g.id
        bestScore = s
      }
    }
    return best ? { kind: 'none', suggestion: best } : { kind: 'none' }
  }
}

export function matchIndicator(text: string, candidates: readonly IndicatorCandidate[]): IndicatorMatch {
  return indicatorMatcher(candidates)(text)
}
