import type { Fact, LabelText, Report } from '../dataset/schema'
import { countyKey, indicatorKey, keyLabel, keyOrder } from './years'

// Counties of one year side by side (#/compare): the headline indicators as rows, one column per
// county's report of that year, each cell the figures that report states (level and growth of the
// review year, the plan year's target), or null where the report states none ("未报告").

export type CompareColumn = {
  reportId: string
  county: LabelText
  /** Its province, where another column has a county of the same name (鼓楼区 is in several). */
  province?: LabelText
  title: LabelText
}
export type CompareCell = { level?: Fact; growth: Fact; target: Fact }
export type CompareRow = { key: string; label: LabelText; cells: (CompareCell | null)[] }
export type CompareTable = { year: number; columns: CompareColumn[]; rows: CompareRow[] }

const nameOf = (r: { county: LabelText }) => r.county.zh.replace(/\s/g, '')

/**
 * The years with reports of two or more counties, newest first (reports or the manifest's entries).
 * Entries name no province, so this goes by name: two namesakes of one year count as one here (no
 * link to the comparison), while the comparison itself keeps them apart.
 */
export function comparableYears(reports: readonly { county: LabelText; year: number }[]): number[] {
  const counties = new Map<number, Set<string>>()
  for (const r of reports) counties.set(r.year, (counties.get(r.year) ?? new Set()).add(nameOf(r)))
  return [...counties]
    .filter(([, c]) => c.size > 1)
    .map(([y]) => y)
    .sort((a, b) => b - a)
}

/**
 * The comparison of one year: one column per county (the first report listed for it), the shown
 * report's county first (`shownId`), the others by province and name (pinyin). A county is its
 * province and its name (./years.ts countyKey): namesakes elsewhere are columns of their own.
 */
export function compareTable(reports: readonly Report[], year: number, shownId?: string): CompareTable {
  const seen = new Set<string>()
  const ofYear = reports.filter((r) => r.year === year)
  const shown = ofYear.filter((r) => r.id === shownId)
  const chosen = [...shown, ...ofYear.filter((r) => r.id !== shownId)]
    .filter((r) => {
      if (seen.has(countyKey(r))) return false
      seen.add(countyKey(r))
      return true
    })
    .sort((a, b) =>
      a.id === shownId ? -1 : b.id === shownId ? 1 : countyKey(a).localeCompare(countyKey(b), 'zh-CN'),
    )
  const labels = new Map<string, LabelText>()
  const byReport = chosen.map((r) => {
    const m = new Map<string, CompareCell>()
    for (const ind of r.indicators) {
      const key = indicatorKey(ind)
      if (!labels.has(key)) labels.set(key, keyLabel(key, ind.label))
      if (!m.has(key))
        m.set(key, { growth: ind.growth, target: ind.target, ...(ind.actual ? { level: ind.actual } : {}) })
    }
    return m
  })
  const keys = [...labels.keys()]
  const first = new Map(keys.map((k, i) => [k, i]))
  keys.sort((a, b) => keyOrder(a) - keyOrder(b) || (first.get(a) ?? 0) - (first.get(b) ?? 0))
  return {
    year,
    columns: chosen.map((r) => ({
      reportId: r.id,
      county: r.county,
      ...(chosen.some((o) => o !== r && nameOf(o) === nameOf(r)) ? { province: r.province } : {}),
      title: r.title,
    })),
    rows: keys.map((key) => ({
      key,
      label: labels.get(key) ?? { zh: key, en: key },
      cells: byReport.map((m) => m.get(key) ?? null),
    })),
  }
}
