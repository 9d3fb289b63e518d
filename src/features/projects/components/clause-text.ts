import type { Lang } from '@/lib/format/quantity'
import { formatQuantity } from '@/lib/format/quantity'
import type { TFunction } from '@/lib/i18n'
import type { Clause } from '../model/clauses'
import { clausesOf } from '../model/clauses'
import type { Filters } from '../model/filter-spec'
import type { Dimension } from '../model/rows'

/** A chip's words: "阶段 = 试生产", "投资额 ≥ 10亿元". */
export function clauseText(c: Clause, t: TFunction, lang: Lang): string {
  switch (c.dimension) {
    case 'sector':
      return t('chips.sector', { value: t(`sector.${c.value}`) })
    case 'stage':
      return t('chips.stage', { value: t(`stage.${c.value}`) })
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
export function dimensionText(d: Dimension, f: Filters, t: TFunction, lang: Lang): string {
  const clauses = clausesOf(f).filter((c) => c.dimension === d)
  if (d === 'sector' || d === 'stage') {
    const values = clauses.map((c) => t(`${d}.${(c as { value: string }).value}`))
    return t(`chips.${d}`, { value: values.join(t('chips.or')) })
  }
  return clauses[0] ? clauseText(clauses[0], t, lang) : ''
}
