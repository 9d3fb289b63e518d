import { sectorLabel } from '@/lib/dataset/labels'
import { STAGES } from '@/lib/dataset/taxonomy'
import type { Lang } from '@/lib/format/quantity'
import { collator } from '@/lib/i18n/languages'
import type { SortKey } from './filter-spec'
import type { Row } from './rows'

const stageRank = new Map(STAGES.map((s, i) => [s, i]))

type Compare = (a: Row, b: Row) => number

function compareBy(key: SortKey, lang: Lang): Compare {
  switch (key) {
    case 'report':
      return (a, b) => a.order - b.order
    case 'name': {
      const c = collator(lang)
      return (a, b) => c.compare(a.project.name[lang], b.project.name[lang])
    }
    case 'sector': {
      const c = collator(lang)
      return (a, b) => c.compare(sectorLabel(a.project.sector, lang), sectorLabel(b.project.sector, lang))
    }
    case 'stage':
      // Pipeline order (签约 → 建成运行), not alphabetical: that is how the report reads.
      return (a, b) => (stageRank.get(a.project.stage) ?? 0) - (stageRank.get(b.project.stage) ?? 0)
    case 'investment':
      return (a, b) => (a.project.investment?.value ?? 0) - (b.project.investment?.value ?? 0)
    case 'section':
      return (a, b) => a.sectionOrder - b.sectionOrder
  }
}

/**
 * Rows in the requested order. Ties keep the report's order; rows without an investment always sort
 * last (an unknown amount is neither small nor large). Sorting is done once per sort choice and the
 * filters then keep that order, so a filter change never re-sorts 100,000 rows.
 */
export function sortRows(rows: readonly Row[], key: SortKey, dir: 'asc' | 'desc', lang: Lang): Row[] {
  const cmp = compareBy(key, lang)
  const sign = dir === 'desc' ? -1 : 1
  const out = rows.slice()
  if (key === 'report') return dir === 'desc' ? out.reverse() : out
  if (key === 'sector') {
    // Collating labels is the slow part: do it once per distinct sector, not per comparison.
    const rank = new Map<string, number>()
    const labels = [...new Set(out.map((r) => sectorLabel(r.project.sector, lang)))].sort(
      collator(lang).compare,
    )
    labels.forEach((l, i) => {
      rank.set(l, i)
    })
    const keyed = out.map((r) => ({ r, k: rank.get(sectorLabel(r.project.sector, lang)) ?? 0 }))
    keyed.sort((a, b) => sign * (a.k - b.k) || a.r.order - b.r.order)
    return keyed.map((x) => x.r)
  }
  out.sort((a, b) => {
    if (key === 'investment') {
      const ma = a.project.investment === undefined
      const mb = b.project.investment === undefined
      if (ma !== mb) return ma ? 1 : -1
    }
    return sign * cmp(a, b) || a.order - b.order
  })
  return out
}
