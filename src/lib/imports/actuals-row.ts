// One sheet row of actuals into rows per indicator and period. A long row gives one, a wide row one
// per period group, a series row (months down the side, indicators across) one per indicator.

import { readFigure } from './actuals-figure'
import type { ActualsLayout, MeasureColumn } from './actuals-layout'
import type { ActualRow, ActualsOptions } from './actuals-types'
import { unitInText } from './cell-units'
import type { IndicatorCandidate, IndicatorMatch } from './indicator-match'
import { isSectionText, noteWord } from './ledger-classify'
import { type PeriodResult, readPeriod } from './parse-period'
import { bracketed, normalizeText } from './text'
import type { Cell, IssueCode, IssueParams, RowIssue, Sheet } from './types'

export type RowReader = {
  sheet: Sheet
  layout: ActualsLayout
  opts: ActualsOptions
  match: (text: string) => IndicatorMatch
  candidate: (id: string) => IndicatorCandidate | undefined
  /** Per measure column: how many values had no unit and were read in their indicator's unit. */
  assumed: Map<number, number>
}

export function issueAt(
  reader: Pick<RowReader, 'sheet' | 'layout'>,
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

type Group = { indicatorId: string; period: PeriodResult | undefined; columns: MeasureColumn[] }

export function readActualsRow(reader: RowReader, r: number): { rows: ActualRow[]; issues: RowIssue[] } {
  const { layout, opts } = reader
  const cells = reader.sheet.rows[r] as Cell[]
  const issues: RowIssue[] = []
  const rows: ActualRow[] = []
  const done = () => ({ rows, issues })
  const at = (
    col: number | undefined,
    severity: RowIssue['severity'],
    code: IssueCode,
    params?: IssueParams,
  ) => issues.push(issueAt(reader, r, col, severity, code, params))
  const labelCol = layout.indicatorCol ?? layout.periodCol
  const label = normalizeText(labelCol === undefined ? '' : (cells[labelCol]?.text ?? ''))
  const filled = layout.measures.filter((m) => cells[m.col]?.text.trim())
  if (label === '' && filled.length === 0) return done() // a blank row
  // A note merged across the table puts its words in every column: it is a note, not figures.
  const note = noteWord(label)
  if (note) {
    at(undefined, 'skipped', 'note-row', { word: note })
    return done()
  }
  if (filled.length === 0) {
    // 一、工业 with no figures heads a group of rows; any other name without figures has none yet.
    const section = isSectionText(label)
    at(undefined, 'skipped', section ? 'section-row' : 'missing-value', section ? { label } : undefined)
    return done()
  }
  let rowIndicator: string | undefined
  if (layout.indicatorCol !== undefined) {
    if (label === '') {
      at(layout.indicatorCol, 'error', 'missing-indicator')
      return done()
    }
    const match = reader.match(label)
    if (match.kind === 'ambiguous') {
      at(layout.indicatorCol, 'error', 'ambiguous-indicator', {
        text: label,
        candidates: match.ids.join(','),
      })
      return done()
    }
    if (match.kind === 'none') {
      const params: IssueParams = match.suggestion
        ? { text: label, suggestion: match.suggestion }
        : { text: label }
      at(layout.indicatorCol, 'error', 'unknown-indicator', params)
      return done()
    }
    rowIndicator = match.id
  }
  let rowPeriod: PeriodResult | undefined
  if (layout.periodCol !== undefined) {
    const cell = cells[layout.periodCol] as Cell
    if (cell.text.trim() === '') {
      at(layout.periodCol, 'error', 'missing-period')
      return done()
    }
    rowPeriod = readPeriod(cell, opts.year === undefined ? {} : { year: opts.year })
  }
  // The row's unit: its 计量单位 cell, or brackets in the indicator's own name (地区生产总值（亿元）).
  const unitCell = layout.unitCol === undefined ? '' : normalizeText(cells[layout.unitCol]?.text ?? '')
  const rowUnit =
    unitCell ||
    (bracketed(label)
      .map((t) => unitInText(`(${t})`))
      .find(Boolean) ??
      '')
  // Group the figures by indicator and period. Figures whose period cannot be read share one group
  // per cause, so the cause is reported once.
  const groups = new Map<string, Group>()
  for (const m of layout.measures) {
    const indicatorId = m.indicatorId ?? rowIndicator ?? ''
    const period = m.period ?? rowPeriod ?? layout.titlePeriod
    const when = period?.ok ? period.period.key : m.period ? `?${m.col}` : rowPeriod ? '?row' : '?none'
    const key = `${indicatorId}|${when}`
    const group = groups.get(key) ?? { indicatorId, period, columns: [] }
    group.columns.push(m)
    groups.set(key, group)
  }
  const reported = new Set<string>()
  for (const group of groups.values()) {
    const present = group.columns.filter((m) => cells[m.col]?.text.trim())
    if (present.length === 0) continue // a template's months not yet filled in
    const periodCol = layout.periodCol ?? present[0]?.col
    const { period } = group
    if (!period?.ok) {
      // One period error per row, whatever number of indicators share it.
      const key = period ? `${period.code}${JSON.stringify(period.params)}` : 'missing'
      if (!reported.has(key)) {
        if (period) at(periodCol, 'error', period.code, period.params)
        else at(periodCol, 'error', 'missing-period')
      }
      reported.add(key)
      continue
    }
    const p = period.period
    if (opts.asOf && p.year * 12 + p.month > opts.asOf.year * 12 + opts.asOf.month) {
      const asOf = `${opts.asOf.year}-${String(opts.asOf.month).padStart(2, '0')}`
      if (!reported.has(p.key)) at(periodCol, 'error', 'future-period', { period: p.key, asOf })
      reported.add(p.key)
      continue
    }
    const out: ActualRow = {
      indicatorId: group.indicatorId,
      period: p,
      source: { sheet: reader.sheet.name, row: r + 1, columns: present.map((m) => m.letter) },
    }
    let ok = true
    for (const m of present) {
      const target = reader.candidate(group.indicatorId)
      const figure = readFigure(cells[m.col] as Cell, m, rowUnit, target, opts.growthLimit ?? 100)
      if (figure.kind === 'invalid') {
        at(m.col, 'error', figure.code, figure.params)
        ok = false
      } else if (figure.kind === 'growth') out.growth = figure.value
      else if (figure.kind === 'value') {
        out.value = figure.value
        if (figure.unit) out.unit = figure.unit
        if (figure.assumed) reader.assumed.set(m.col, (reader.assumed.get(m.col) ?? 0) + 1)
      }
    }
    if (ok && (out.value !== undefined || out.growth !== undefined)) rows.push(out)
  }
  return done()
}
