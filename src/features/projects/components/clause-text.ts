import { sectorLabel, stageLabel } from '@/lib/dataset/labels'
import type { Lang } from '@/lib/format/quantity'
import { formatQuantity } from '@/lib/format/quantity'
import { formatList } from '@/lib/i18n/languages'
import type { T } from '../i18n'
import type { Clause } from '../model/clauses'
import { clausesOf } from '../model/clauses'
import type { Filters } from '../model/filter-spec'
import type { Dimension } from '../model/rows'

/** A chip's words: "阶段 = 试生产", "投资额 ≥ 10亿元". */
export function clauseText(c: Clause, t: T, lang: Lang): string {
  switch (c.dimension) {
    case 'sector':
      return t('chips.sector', { value: sectorLabel(c.value, lang) })
    case 'stage':
      return t('chips.stage', { value: stageLabel(c.value, lang) })
    case 'investment': {
      const money = (v: number) => formatQuantity(v, '亿元', lang)
      const base =
        c.min !== null && c.max !== null
          ? t('chips.range', { min: money(c.min), max: money(c.max) })
          : c.min !== null
            ? t('chips.rangeMin', { min: money(c.min) })
            : t('chips.rangeMax', { max: money(c.max ?? 0) })
      return c.unstated ? `${base}${t('chips.withUnstated')}` : base
    }
    case 'sectorBasis':
    case 'stageBasis':
      return t(`chips.${c.dimension}`, { value: t(`filters.basis.${c.value}`) })
    case 'q':
      return t('chips.q', { value: c.value })
  }
}

/** One dimension as a whole, for the empty state: "领域 = 能源 或 矿业". */
export function dimensionText(d: Dimension, f: Filters, t: T, lang: Lang): string {
  const clauses = clausesOf(f).filter((c) => c.dimension === d)
  if (d === 'sector' || d === 'stage') {
    const values = clauses.map((c) =>
      c.dimension === 'sector'
        ? sectorLabel(c.value, lang)
        : c.dimension === 'stage'
          ? stageLabel(c.value, lang)
          : '',
    )
    return t(`chips.${d}`, { value: values.join(t('chips.or')) })
  }
  return clauses[0] ? clauseText(clauses[0], t, lang) : ''
}

/**
 * The active filters in words, for a file's name and an exported chart ("领域 = 能源、阶段 = 试生产");
 * '' when nothing filters. `skip` leaves out the dimensions a chart ignores (its own).
 */
export function filterWords(f: Filters, t: T, lang: Lang, skip: readonly Dimension[] = []): string {
  const dimensions = [...new Set(clausesOf(f).map((c) => c.dimension))].filter((d) => !skip.includes(d))
  return formatList(
    dimensions.map((d) => dimensionText(d, f, t, lang)),
    lang,
  )
}
