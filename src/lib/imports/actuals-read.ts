// Monthly and quarterly cumulative actuals (issue 11) from any of the shapes actuals-layout.ts knows,
// into rows per indicator and period, each with its file row; every rejected figure says why.
import type { ExistingActual } from './actuals-duplicates'
import { readFigure } from './actuals-figure'
import { type ActualsLayout, detectActualsLayout, type MeasureColumn } from './actuals-layout'
import { type CellUnit, unitInText } from './cell-units'
import { type IndicatorCandidate, indicatorMatcher } from './indicator-match'
import { isSectionText, noteWord } from './ledger-classify'
import { type CumulativePeriod, type PeriodResult, readPeriod } from './parse-period'
import { bracketed, normalizeText } from './text'
import type { Cell, IssueCode, IssueParams, RowIssue, Sheet } from './types'

export type ActualRow = {
  indicatorId: string
  period: CumulativePeriod
  value?: number // year-to-date level, in unit
  unit?: CellUnit // the indicator's unit when the catalog gives one, else as the file states it
  growth?: number // year-to-date growth on the same period of last year, %
  source: { sheet: string; row: number; columns: string[] }
}

export type ActualsOptions = {
  candidates: readonly IndicatorCandidate[]
  /** The report's year, for periods written without one (1-3月, 上半年). */
  year?: number
  /** The latest month with data ("today" for the statistics): a later period is rejected. */
  asOf?: { year: number; month: number }
  /** Values already kept: a different figure for the same indicator and period is a conflict. */
  existing?: readonly ExistingActual[]
  /** Take a differing figure as a correction of the kept one (a warning), instead of rejecting it. */
  replaceExisting?: boolean
  /** Read hidden sheets too (skipped by default: they are usually an old copy). */
  includeHidden?: boolean
  /** |growth| above this (in %) is a typo, not a figure: 250% for retail sales is 25.0% mistyped. */
  growthLimit?: number
}

export type ActualsSheetResult = {
  sheet: string
  layout?: ActualsLayout
  rows: ActualRow[]
  issues: RowIssue[]
}

type Reader = {
  /** Per measure column: how many values had no unit and were read in their indicator's unit. */
  assumed: Map<number, number>

  sheet: Sheet
  layout: ActualsLayout
  opts: ActualsOptions
  match: ReturnType<typeof indicatorMatcher>
}

function issueAt(
  reader: Reader,
  r: number,
  col: number | undefined,
  severity: RowIssue['severity'],
  code: IssueCode,
  params?: IssueParams,
): RowIssue {
  const out: RowIssue = { sheet: reader.sheet.name, row: r + 1, severity, code }
  const column = col === undefined ? undefined : reader.layout.header.columns[col]
  if (column) {
    out.column = column.letter
    out.header = column.text
  }
  if (params) out.params = params
  return out
}

/** The rows one sheet row gives: one per period (a wide row gives several), and its issues. */
function readRow(reader: Reader, r: number, candidate: (id: string) => IndicatorCandidate | undefined) {
  const { layout, opts, assumed } = reader
  const cells = reader.sheet.rows[r] as Cell[]
  const issues: RowIssue[] = []
  const rows: ActualRow[] = []
  const indicatorText = normalizeText(cells[layout.indicatorCol]?.text ?? '')
  const filled = layout.measures.filter((m) => cells[m.col]?.text.trim())
  if (indicatorText === '' && filled.length === 0) return { rows, issues, blank: true }
  // A note merged across the table puts its words in every column: it is a note, not figures.
  const note = noteWord(indicatorText)
  if (note) {
    issues.push(issueAt(reader, r, undefined, 'skipped', 'note-row', { word: note }))
    return { rows, issues, blank: false }
  }
  if (filled.length === 0) {
    // 一、工业 with no figures heads a group of rows; any other name without figures has none yet.
    const section = isSectionText(indicatorText)
    const params = section ? { label: indicatorText } : undefined
    issues.push(issueAt(reader, r, undefined, 'skipped', section ? 'section-row' : 'missing-value', params))
    return { rows, issues, blank: false }
  }
  const fail = (col: number | undefined, code: IssueCode, params?: IssueParams) => {
    issues.push(issueAt(reader, r, col, 'error', code, params))
    return { rows, issues, blank: false }
  }
  if (indicatorText === '') return fail(layout.indicatorCol, 'missing-indicator')
  const match = reader.match(indicatorText)
  if (match.kind === 'ambiguous')
    return fail(layout.indicatorCol, 'ambiguous-indicator', {
      text: indicatorText,
      candidates: match.ids.join(','),
    })
  if (match.kind === 'none') {
    return fail(
      layout.indicatorCol,
      'unknown-indicator',
      match.suggestion ? { text: indicatorText, suggestion: match.suggestion } : { text: indicatorText },
    )
  }
  const target = candidate(match.id)
  let rowPeriod: PeriodResult | undefined
  if (layout.periodCol !== undefined) {
    const cell = cells[layout.periodCol] as Cell
    if (cell.text.trim() === '') return fail(layout.periodCol, 'missing-period')
    rowPeriod = readPeriod(cell, opts.year === undefined ? {} : { year: opts.year })
  }
  // The row's unit: its 计量单位 cell, or brackets in the indicator's own name (地区生产总值（亿元）).
  const unitCell = layout.unitCol === undefined ? '' : normalizeText(cells[layout.unitCol]?.text ?? '')
  const rowUnit =
    unitCell ||
    (bracketed(indicatorText)
      .map((t) => unitInText(`(${t})`))
      .find(Boolean) ??
      '')
  // Group the row's figures by period: a wide row has a value and a growth per period. Figures whose
  // period cannot be read share one group per cause, so the cause is reported once.
  const groups = new Map<string, { period: PeriodResult | undefined; columns: MeasureColumn[] }>()
  for (const m of layout.measures) {
    const period = m.period ?? rowPeriod ?? layout.titlePeriod
    const key = period?.ok ? period.period.key : m.period ? `?${m.col}` : rowPeriod ? '?row' : '?none'
    const group = groups.get(key) ?? { period, columns: [] }
    group.columns.push(m)
    groups.set(key, group)
  }
  let any = false
  for (const { period, columns } of groups.values()) {
    const present = columns.filter((m) => cells[m.col]?.text.trim())
    if (present.length === 0) continue // a template's months not yet filled in
    any = true
    const periodCol = layout.periodCol ?? present[0]?.col
    if (!period) {
      issues.push(issueAt(reader, r, periodCol, 'error', 'missing-period'))
      continue
    }
    if (!period.ok) {
      issues.push(issueAt(reader, r, periodCol, 'error', period.code, period.params))
      continue
    }
    const p = period.period
    if (opts.asOf && p.year * 12 + p.month > opts.asOf.year * 12 + opts.asOf.month) {
      const asOf = `${opts.asOf.year}-${String(opts.asOf.month).padStart(2, '0')}`
      issues.push(issueAt(reader, r, periodCol, 'error', 'future-period', { period: p.key, asOf }))
      continue
    }
    const out: ActualRow = {
      indicatorId: match.id,
      period: p,
      source: { sheet: reader.sheet.name, row: r + 1, columns: present.map((m) => m.letter) },
    }
    let ok = true
    for (const m of present) {
      const figure = readFigure(cells[m.col] as Cell, m, rowUnit, target, opts.growthLimit ?? 100)
      if (figure.kind === 'invalid') {
        issues.push(issueAt(reader, r, m.col, 'error', figure.code, figure.params))
        ok = false
      } else if (figure.kind === 'growth') out.growth = figure.value
      else if (figure.kind === 'value') {
        out.value = figure.value
        if (figure.unit) out.unit = figure.unit
        if (figure.assumed) assumed.set(m.col, (assumed.get(m.col) ?? 0) + 1)
      }
    }
    if (ok && (out.value !== undefined || out.growth !== undefined)) rows.push(out)
  }
  if (!any) issues.push(issueAt(reader, r, undefined, 'skipped', 'missing-value'))
  return { rows, issues, blank: false }
}

export function readActualsSheet(sheet: Sheet, opts: ActualsOptions): ActualsSheetResult {
  const layout = detectActualsLayout(sheet, opts.year === undefined ? {} : { year: opts.year })
  if (!layout)
    return {
      sheet: sheet.name,
      rows: [],
      issues: [{ sheet: sheet.name, row: 0, severity: 'error', code: 'no-header' }],
    }
  const byId = new Map(opts.candidates.map((c) => [c.id, c]))
  const reader: Reader = { sheet, layout, opts, match: indicatorMatcher(opts.candidates), assumed: new Map() }
  const result: ActualsSheetResult = { sheet: sheet.name, layout, rows: [], issues: [] }
  for (const column of layout.singleMonth) {
    result.issues.push({
      sheet: sheet.name,
      row: 0,
      column: column.letter,
      header: column.text,
      severity: 'warning',
      code: 'single-month-column',
      params: { header: column.text },
    })
  }
  for (let r = layout.header.dataStart; r < sheet.rows.length; r++) {
    const read = readRow(reader, r, (id) => byId.get(id))
    result.rows.push(...read.rows)
    result.issues.push(...read.issues)
  }
  // Values without a unit were read in their indicator's unit: said once per column, not per row.
  for (const [col, rows] of reader.assumed) {
    const column = layout.header.columns[col]
    result.issues.push({
      sheet: sheet.name,
      row: 0,
      ...(column ? { column: column.letter, header: column.text } : {}),
      severity: 'warning',
      code: 'unit-assumed',
      params: { rows },
    })
  }
  result.issues.sort((a, b) => a.row - b.row)
  return result
}
