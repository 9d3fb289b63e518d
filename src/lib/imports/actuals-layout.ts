// What each column of an actuals sheet is. Three shapes, told apart by the header:
//   long  – 指标 | 期间 | 累计值 | 累计增速: one row per indicator and period (our template);
//   wide  – 指标 | 1-3月 (累计值 | 增速) | 1-6月 (累计值 | 增速): periods as column groups;
//   table – 指标名称 | 计量单位 | 本月 | 1-3月累计 | 比上年同期增长(%): one period, named in a heading or the
//           title ("2023年1-3月主要经济指标"), as statistics bureaus publish their monthly tables;
//   series – 月份 | 地区生产总值 | 社零 (累计值 | 增速): months down the side, indicators across.

import { ACTUALS_RULES } from './actuals-fields'
import { type CellUnit, unitInText } from './cell-units'
import { fieldScores, guessColumns, scorerOf } from './column-guess'
import { detectHeader, type HeaderColumn, type HeaderInfo, type HeaderScorer } from './header-detect'
import type { IndicatorMatch } from './indicator-match'
import { findPeriod, type PeriodOptions, type PeriodResult } from './parse-period'
import { normalizeText } from './text'
import type { Sheet } from './types'

export type Measure = 'value' | 'growth'

export type MeasureColumn = {
  col: number
  letter: string
  header: string
  measure: Measure
  /** The period its heading (or the one period of the table) names; undefined in a long table. */
  period?: PeriodResult
  /** The unit its heading names: 累计值(亿元) → 亿元. */
  unit?: CellUnit
  /** In a series table, the indicator its heading names. */
  indicatorId?: string
}

export type ActualsLayout = {
  header: HeaderInfo
  format: 'long' | 'wide' | 'table' | 'series'
  /** The column of indicator names; none in a series table, where headings name them. */
  indicatorCol?: number
  periodCol?: number
  unitCol?: number
  measures: MeasureColumn[]
  /** 本月/当月 columns: a single month's own figure is not year-to-date, so they are not read. */
  singleMonth: HeaderColumn[]
  /** The period the title or sheet name states (2023年1-3月主要经济指标), if any. */
  titlePeriod?: PeriodResult
}

const baseScorer = scorerOf(ACTUALS_RULES)

export type LayoutOptions = PeriodOptions & {
  /** The caller's indicator matcher: lets headings that name indicators (a series table) count. */
  match?: (text: string) => IndicatorMatch
}

/** Header words, and with a matcher, indicator names as headings (月份 | 地区生产总值 | 社零). */
function scorerWith(match: LayoutOptions['match']): HeaderScorer {
  if (!match) return baseScorer
  return (text) => {
    const base = baseScorer(text)
    if (base && base.score >= 0.8) return base
    return match(text).kind === 'match' ? { field: 'indicatorName', score: 0.8 } : base
  }
}

/** The indicator a column's headings name, its own heading first. */
function indicatorOf(column: HeaderColumn, match: LayoutOptions['match']): string | undefined {
  if (!match) return undefined
  for (let i = column.parts.length - 1; i >= 0; i--) {
    const m = match(column.parts[i] ?? '')
    if (m.kind === 'match') return m.id
  }
  return undefined
}

function measureOf(column: HeaderColumn, fallback: Measure): Measure | 'month' | undefined {
  // The column's own heading first, then its group's: 累计增速 over 1-3月 | 1-6月 is growth too.
  for (let i = column.parts.length - 1; i >= 0; i--) {
    const scores = fieldScores(ACTUALS_RULES, column.parts[i] ?? '')
    const growth = scores.get('growth') ?? 0
    const value = scores.get('value') ?? 0
    const month = scores.get('month') ?? 0
    if (month >= 0.9 && month > value) return 'month'
    if (growth >= 0.5 && growth >= value) return 'growth'
    if (value >= 0.5) return 'value'
  }
  // A heading that names only a period holds the table's kind of figure.
  return column.parts.some((p) => findPeriod(p)) ? fallback : undefined
}

export function detectActualsLayout(sheet: Sheet, opts: LayoutOptions = {}): ActualsLayout | undefined {
  const header = detectHeader(sheet, scorerWith(opts.match))
  if (!header) return undefined
  const { mapping } = guessColumns(
    header.columns,
    { indicator: ACTUALS_RULES.indicator, period: ACTUALS_RULES.period, unit: ACTUALS_RULES.unit },
    0.6,
  )
  // Without a column of indicator names, the headings must name them (a series table).
  const series = mapping.indicator === undefined
  const titleTexts = [
    ...header.titleRows.flatMap((r) => (sheet.rows[r] ?? []).map((c) => c.text).filter(Boolean)),
    sheet.name,
  ]
  const year = opts.year ?? titleYear(titleTexts)
  const periodOpts = year === undefined ? {} : { year }
  // "主要指标增速" tables list growth only: a bare period heading then holds growth, else a value.
  const titleSaysGrowth = titleTexts.some((t) => /增速|增长/.test(t) && !/累计值|总量|绝对/.test(t))
  const fallback: Measure = titleSaysGrowth ? 'growth' : 'value'
  const measures: MeasureColumn[] = []
  const singleMonth: HeaderColumn[] = []
  const used = new Set([mapping.indicator, mapping.period, mapping.unit].filter((c) => c !== undefined))
  for (const column of header.columns) {
    if (used.has(column.col) || column.parts.length === 0) continue
    const indicatorId = series ? indicatorOf(column, opts.match) : undefined
    if (series && !indicatorId) continue
    const measure = measureOf(column, fallback) ?? (indicatorId ? fallback : undefined)
    if (measure === undefined) continue
    if (measure === 'month') {
      singleMonth.push(column)
      continue
    }
    const m: MeasureColumn = { col: column.col, letter: column.letter, header: column.text, measure }
    if (indicatorId) m.indicatorId = indicatorId
    for (let i = column.parts.length - 1; i >= 0 && !m.period; i--) {
      const found = findPeriod(column.parts[i] ?? '', periodOpts)
      if (found) m.period = found.result
    }
    const unit = unitInText(column.text)
    if (unit) m.unit = unit
    measures.push(m)
  }
  let titlePeriod: PeriodResult | undefined
  for (const t of titleTexts) {
    const found = findPeriod(t, periodOpts)
    if (found?.result.ok) {
      titlePeriod = found.result
      break
    }
  }
  if (series && measures.length === 0) return undefined
  const layout: ActualsLayout = {
    header,
    format: series
      ? 'series'
      : mapping.period !== undefined
        ? 'long'
        : measures.some((m) => m.period)
          ? 'wide'
          : 'table',
    measures,
    singleMonth,
  }
  if (mapping.indicator !== undefined) layout.indicatorCol = mapping.indicator
  if (mapping.period !== undefined) layout.periodCol = mapping.period
  if (mapping.unit !== undefined) layout.unitCol = mapping.unit
  if (titlePeriod) layout.titlePeriod = titlePeriod
  if (layout.periodCol === undefined) fillPeriods(layout)
  return layout
}

/** 1-3月 | 比上年同期增长(%): the growth column without a period of its own is the table's one period. */
function fillPeriods(layout: ActualsLayout): void {
  const keys = new Map<string, PeriodResult>()
  for (const m of layout.measures) if (m.period?.ok) keys.set(m.period.period.key, m.period)
  const only = keys.size === 1 ? [...keys.values()][0] : undefined
  for (const m of layout.measures) {
    if (m.period) continue
    const p = only ?? layout.titlePeriod
    if (p) m.period = p
  }
}

function titleYear(texts: string[]): number | undefined {
  for (const t of texts) {
    const m = normalizeText(t).match(/(20\d{2})\s*年/)
    if (m) return Number(m[1])
  }
  return undefined
}
