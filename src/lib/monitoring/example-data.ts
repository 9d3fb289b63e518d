// Invented figures for a first look at the Monitoring screen. They are NOT statistics: the store keeps
// them as their own layer (never mixed with imports), and every screen, chart, slide and export that
// shows them says 示例数据 · 非统计数据. Deterministic, so the same report always gets the same example,
// and shaped to show every light: most targets on track, some within the tolerance, some behind.
import type { Report } from '../dataset/schema'
import type { ActualInput } from '../store'
import { type MonitorTarget, monitorTargetsOf, publishedMonths } from './monitored'

/** The months the example covers: January to June of the plan year (1–6月). */
export const EXAMPLE_MONTHS = 6

// Where each target's latest growth sits against its target, in 百分点, cycling over the targets:
// on track, on track, within the default tolerance, behind.
const OFFSETS = [0.6, 1.2, -0.6, -2.4]
// Amounts: progress against the time elapsed, in points: within the default 10-point tolerance.
const PROGRESS_OFFSET = -6

/** A small deterministic wobble (−0.5 … +0.5) from the target's id and the month. */
function wobble(id: string, month: number): number {
  let h = 2166136261
  for (const ch of `${id}:${month}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619)
  return ((h >>> 0) % 1000) / 1000 - 0.5
}

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals

function growthRows(reportId: string, year: number, t: MonitorTarget, i: number): ActualInput[] {
  const final = t.target.value + (OFFSETS[i % OFFSETS.length] ?? 0)
  const months = publishedMonths(t.frequency).filter((m) => m <= EXAMPLE_MONTHS)
  return months.map((month, k) => {
    // Early months swing more, then settle towards the final figure (as cumulative rates do).
    const last = k === months.length - 1
    const growth = round(last ? final : final + wobble(t.id, month) * (3 - k * 0.4), 1)
    const row: ActualInput = { reportId, indicatorId: t.id, period: { year, month }, growth }
    if (t.level && t.basis === 'nominal') {
      // A level only for nominal series: a share of last year's total, grown at the example's rate.
      const decimals = t.level.value >= 1000 ? 0 : 2
      row.value = round(((t.level.value * month) / 12) * (1 + growth / 100), decimals)
      row.unit = t.level.unit
    }
    return row
  })
}

function amountRows(reportId: string, year: number, t: MonitorTarget): ActualInput[] {
  return publishedMonths(t.frequency)
    .filter((m) => m <= EXAMPLE_MONTHS)
    .map((month) => {
      const share = (month / 12) * 100 + PROGRESS_OFFSET + wobble(t.id, month) * 4
      return {
        reportId,
        indicatorId: t.id,
        period: { year, month },
        value: Math.round((t.target.value * Math.max(share, 1)) / 100),
        ...(t.unit ? { unit: t.unit } : {}),
      }
    })
}

/** Invented cumulative figures for every target of the report, 1–6月 of its plan year. */
export function exampleActuals(report: Report): ActualInput[] {
  return monitorTargetsOf(report).flatMap((t, i) =>
    t.kind === 'growth' ? growthRows(report.id, report.year, t, i) : amountRows(report.id, report.year, t),
  )
}
