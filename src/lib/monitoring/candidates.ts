// The names an import recognises for each target: the dataset's labels, the extraction catalog's
// synonyms (src/lib/ingest/indicator-catalog.ts, read, never copied) and the short names staff type in
// their tables. Each candidate also carries its 2022 level, so a value 100× off it (万元 typed as 亿元)
// is rejected instead of imported.
import type { Report } from '../dataset/schema'
import type { IndicatorCandidate } from '../imports/indicator-match'
import { type CatalogEntry, catalogEntry } from '../ingest/indicator-catalog'
import { matchIndicator as matchCatalog } from '../ingest/indicator-match'
import { ownValue } from '../own'
import { perReport } from '../report-model/per-report'
import { type MonitorTarget, monitorTargetsOf } from './monitored'
import { regexNames } from './regex-names'

/**
 * Short names of statistics tables that the catalog does not list, because in running text they would
 * be too loose; in a table's indicator column they name exactly one series. Keep each one unambiguous:
 * 工业增加值 (all industry) is NOT 规上工业增加值, and 财政收入 may be either of two revenues, so neither
 * is here.
 */
export const TABLE_SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  gdp: ['GRP', 'gross regional product'],
  'fixed-asset-investment': ['固投', '全社会固投', '全社会固定资产投资', 'FAI', 'fixed asset investment'],
  'retail-sales': ['社零', '社消零', 'retail sales'],
  'industrial-value-added': ['规上增加值', '规上工业增加值增速', 'industrial value added'],
  'industrial-output': ['规上总产值', 'industrial output'],
  'budget-revenue': ['一般公共预算收入', 'budget revenue', 'public budget revenue'],
  'rural-income': ['农村居民收入', 'rural income'],
}

// Plan targets read "全年新增市场主体": staff write 新增市场主体.
const YEAR_PREFIX = /^(全年|年内|今年|当年)/

/** The catalog entry for a target: by id (the dataset uses the catalog's ids), else by its Chinese label. */
function entryOf(target: MonitorTarget): CatalogEntry | undefined {
  const byId = catalogEntry(target.id)
  if (byId) return byId
  const found = matchCatalog(target.label.zh)
  return found && !found.loose && found.text === target.label.zh ? found.entry : undefined
}

export function candidateNames(target: MonitorTarget): string[] {
  const entry = entryOf(target)
  const names = [
    target.label.zh,
    target.label.en,
    target.label.zh.replace(YEAR_PREFIX, ''),
    ...(entry ? [entry.zh, entry.en, ...entry.synonyms.flatMap(regexNames)] : []),
    // Own keys only: an imported report's ids are its author's, and `constructor` is not a series.
    ...(ownValue(TABLE_SHORT_NAMES, target.id) ?? []),
  ]
  return [...new Set(names.filter((n) => n.trim() !== ''))]
}

export function importCandidates(report: Report): IndicatorCandidate[] {
  return monitorTargetsOf(report).map((t) => {
    const reference = t.level && { value: t.level.value, unit: t.level.unit }
    return {
      id: t.id,
      names: candidateNames(t),
      ...(t.unit ? { unit: t.unit } : {}),
      ...(reference ? { reference } : {}),
    }
  })
}

/** The import candidates of a report, computed once. */
export const importCandidatesOf = perReport(importCandidates)
