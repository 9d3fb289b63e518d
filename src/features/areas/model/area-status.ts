import type { DerivedLike } from '@/lib/dataset/facts'
import { formatNumber } from '@/lib/format/quantity'
import type { JoinedRow, LightKey } from '@/lib/ledger-model'

// Where the county's project ledger is imported, each area's status at a glance: its ledger
// projects (those matched to the report's named projects of the area; a ledger row the report does
// not name has a sector but no area) counted by 三色 light, and the area's annual completion, Σ
// completed ÷ Σ annual plan over the rows that state both, as a derived figure with its formula.

export type AreaStatus = {
  counts: Record<LightKey, number>
  /** The worst light among the area's projects (red before yellow before green), for the card's mark. */
  worst: Exclude<LightKey, 'none'> | null
  completion: DerivedLike | null
}

const WORST: Exclude<LightKey, 'none'>[] = ['red', 'yellow', 'green']

export function areaStatuses(rows: readonly JoinedRow[]): Map<string, AreaStatus> {
  const byArea = new Map<string, JoinedRow[]>()
  for (const r of rows) {
    const area = r.project?.areaId
    if (!r.entry || !area) continue
    byArea.set(area, [...(byArea.get(area) ?? []), r])
  }
  const out = new Map<string, AreaStatus>()
  for (const [area, list] of byArea) {
    const counts: Record<LightKey, number> = { green: 0, yellow: 0, red: 0, none: 0 }
    for (const r of list) counts[r.light]++
    const both = list.filter((r) => Number.isFinite(r.plan) && r.plan > 0 && Number.isFinite(r.completed))
    const plan = both.reduce((s, r) => s + r.plan, 0)
    const done = both.reduce((s, r) => s + r.completed, 0)
    const nums = (lang: 'zh' | 'en') => `${formatNumber(done, lang)} ÷ ${formatNumber(plan, lang)} × 100`
    out.set(area, {
      counts,
      worst: WORST.find((l) => counts[l] > 0) ?? null,
      completion: both.length
        ? {
            value: (100 * done) / plan,
            unit: '%',
            decimals: 1,
            formula: {
              zh: `完成投资合计 ÷ 年度计划投资合计 × 100 = ${nums('zh')}（万元）`,
              en: `completed ÷ annual plan × 100 = ${nums('en')} (CNY 10k)`,
            },
            inputs: [],
          }
        : null,
    })
  }
  return out
}

/** The monitored targets of an area (the year's figures against the plan), counted by light. */
export type AreaMonitor = { counts: Record<LightKey, number>; example: boolean }

/** What the rule needs of a board row: its target's 2022 level or growth, and its light. */
type MonitoredRow = {
  target: { level?: { id: string } | undefined; growth?: { id: string } | undefined }
  status: { light: Exclude<LightKey, 'none'> | null }
}

/**
 * Each monitored target counts for the area its 2022 figure belongs to (GDP's level and growth are the
 * economy's; 新增市场主体's 2650户 is the business environment's); a target without one counts nowhere.
 */
export function areaMonitors(
  rows: readonly MonitoredRow[],
  areaOfFact: ReadonlyMap<string, string>,
  example: boolean,
): Map<string, AreaMonitor> {
  const out = new Map<string, AreaMonitor>()
  for (const r of rows) {
    const fact = r.target.level?.id ?? r.target.growth?.id
    const area = fact ? areaOfFact.get(fact) : undefined
    if (!area) continue
    const m = out.get(area) ?? { counts: { green: 0, yellow: 0, red: 0, none: 0 }, example }
    m.counts[r.status.light ?? 'none']++
    out.set(area, m)
  }
  return out
}
