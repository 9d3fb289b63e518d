import type { Lang } from '@/lib/format/quantity'
import { collator } from '@/lib/i18n/languages'
import type { IndicatorRow } from '@/lib/report-model/indicators'
import type { TargetsSortKey } from '@/lib/routes/specs'

type Compare = (a: IndicatorRow, b: IndicatorRow) => number

function compareBy(key: TargetsSortKey, lang: Lang): Compare {
  switch (key) {
    case 'report':
      return () => 0
    case 'indicator': {
      const c = collator(lang)
      return (a, b) => c.compare(a.label[lang], b.label[lang])
    }
    case 'growth':
      return (a, b) => a.growth.value - b.growth.value
    case 'target':
      return (a, b) => a.target.value - b.target.value
    case 'gap':
      // The stretch: how far the target lies above last year's growth.
      return (a, b) => a.target.value - a.growth.value - (b.target.value - b.growth.value)
  }
}

/**
 * The indicators in the order asked for; ties (and 'report') keep the report's own order, in either
 * direction, so a sort never shuffles equal rows.
 */
export function sortIndicators(
  rows: readonly IndicatorRow[],
  key: TargetsSortKey,
  dir: 'asc' | 'desc',
  lang: Lang,
): IndicatorRow[] {
  const cmp = compareBy(key, lang)
  const sign = dir === 'asc' ? 1 : -1
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => sign * cmp(a.row, b.row) || a.i - b.i)
    .map(({ row }) => row)
}
