import { CATALOG, type CatalogEntry } from './indicator-catalog'

// Which catalog indicator the words in front of a figure name (indicator-catalog.ts says why the
// synonyms are what they are).

export type CatalogMatch = { entry: CatalogEntry; text: string; index: number; loose: boolean }

// Shares and comparisons mention an indicator without being it: 占地区生产总值比重, 规上工业增加值增速
// 高于全省 — the figure is a share or a gap, not the indicator's level or growth.
const NOT_THE_INDICATOR = /占|比重|比例|贡献率|拉动|高于|低于|快于|慢于|排名|位次|位居|增量/

/** The catalog indicator the subject words name, if any: the longest synonym wins. */
export function matchIndicator(subject: string): CatalogMatch | undefined {
  let best: CatalogMatch | undefined
  for (const entry of CATALOG) {
    for (const [list, loose] of [
      [entry.synonyms, false],
      [entry.loose ?? [], true],
    ] as const) {
      for (const re of list) {
        const m = re.exec(subject)
        if (!m) continue
        const better =
          !best ||
          m[0].length > best.text.length ||
          (m[0].length === best.text.length && best.loose && !loose)
        if (better) best = { entry, text: m[0], index: m.index, loose }
      }
    }
  }
  if (!best) return undefined
  const after = subject.slice(best.index + best.text.length)
  const before = subject.slice(0, best.index)
  if (NOT_THE_INDICATOR.test(after) || /占$/.test(before)) return undefined
  return best
}
