// One project row of a ledger into a typed row, with a reason for everything not taken. Amounts end up
// in the sheet's one unit by an exact decimal shift, whatever unit a heading or a cell wrote.
import { type CellUnit, convertible, convertUnit } from './cell-units'
import type { ColumnMapping } from './column-guess'
import type { AmountsUnit, LedgerAnalysis } from './ledger-analyze'
import { AMOUNT_FIELDS, type LedgerField } from './ledger-fields'
import { readLooseDate } from './parse-date'
import { readNumber } from './parse-number'
import { tidyLines, tidyText } from './text'
import type { Cell, IssueCode, IssueParams, RowIssue, RowSource } from './types'

export type LedgerRow = {
  name: string
  /** The ledger's own 行业 words, as written: mapped to the dashboard's sectors by sector-map.ts. */
  sector?: string
  township?: string
  /** 建设性质 as written (新开工, 续建 ...); from the section row above when the sheet has no such column. */
  nature?: string
  /** The group row the project sits under ("工业项目"), when there is one. */
  section?: string
  totalInvestment?: number // in amountsUnit
  planInvestment?: number // the year's plan, in amountsUnit
  completedInvestment?: number // completed so far, in amountsUnit
  /** 开工时间 at the precision written: yyyy, yyyy-mm or yyyy-mm-dd. */
  start?: string
  unit?: string // 责任单位
  leader?: string // 包保领导
  remarks?: string
  amountsUnit: AmountsUnit
  /** Columns no field took, by heading, and any text a field could not read: nothing the user wrote is lost. */
  extra?: Record<string, string>
  source: RowSource
}

export type AmountField = (typeof AMOUNT_FIELDS)[number]

export type RowRead = {
  row?: LedgerRow
  issues: RowIssue[]
  /** Amounts as read, even on a rejected row: an unlabelled total row is found by them. */
  amounts: Partial<Record<AmountField, number>>
  /** Amounts written but not readable (约500): a total over this row cannot be checked on them. */
  unreadable: Partial<Record<AmountField, true>>
  /** The only fault is a missing name: the row may still turn out to be a sum of others. */
  onlyNameMissing: boolean
}

const TEXT_FIELDS = ['sector', 'township', 'nature', 'unit', 'leader', 'remarks'] as const

export type RowContext = {
  analysis: LedgerAnalysis
  mapping: ColumnMapping<LedgerField>
  /** The nature and label of the section rows above, if any. */
  sectionNature?: string
  sectionLabel?: string
}

export function readLedgerRow(cells: Cell[], r: number, ctx: RowContext): RowRead {
  const { analysis, mapping } = ctx
  const sheet = analysis.sheet
  const rowNumber = r + 1
  const issues: RowIssue[] = []
  const issue = (
    col: number | undefined,
    severity: RowIssue['severity'],
    code: IssueCode,
    params?: IssueParams,
  ) => {
    const column = col === undefined ? undefined : analysis.header.columns[col]
    const out: RowIssue = { sheet, row: rowNumber, severity, code }
    if (column) {
      out.column = column.letter
      out.header = column.text
    }
    if (params) out.params = params
    issues.push(out)
  }
  // Names and words are kept as written (full-width brackets too); matching normalises them apart.
  const text = (col: number | undefined) => (col === undefined ? '' : tidyText(cells[col]?.text ?? ''))
  const lines = (col: number | undefined) => (col === undefined ? '' : tidyLines(cells[col]?.text ?? ''))
  const target = analysis.amounts.unit
  const row: LedgerRow = { name: text(mapping.name), amountsUnit: target, source: { sheet, row: rowNumber } }
  // No prototype: a column headed `__proto__` is a column like any other, not a setter that drops it.
  const extra: Record<string, string> = Object.create(null)

  for (const field of TEXT_FIELDS) {
    const value = field === 'remarks' ? lines(mapping[field]) : text(mapping[field])
    if (value !== '') row[field] = value
  }
  if (row.nature === undefined && ctx.sectionNature) row.nature = ctx.sectionNature
  if (ctx.sectionLabel) row.section = ctx.sectionLabel

  const amounts: RowRead['amounts'] = {}
  const unreadable: RowRead['unreadable'] = {}
  for (const field of AMOUNT_FIELDS) {
    const col = mapping[field]
    const cell = col === undefined ? undefined : cells[col]
    if (col === undefined || !cell) continue
    // An amount merged down over several projects is one figure: it counts once, on its first row.
    if (cell.merge && cell.merge.row !== r && cell.raw !== null) {
      issue(col, 'warning', 'merged-amount', { anchorRow: cell.merge.row + 1 })
      continue
    }
    const parsed = readNumber(cell)
    if (parsed.kind === 'empty') continue
    if (parsed.kind === 'invalid') {
      issue(col, 'error', parsed.code, parsed.params)
      unreadable[field] = true
      continue
    }
    const from: CellUnit = parsed.unit ?? analysis.columnUnits[field] ?? target
    if (!convertible(from, target)) {
      issue(col, 'error', 'unit-mismatch', { unit: from, expected: target })
      unreadable[field] = true
      continue
    }
    const value = convertUnit(parsed.value, from, target) as number
    if (value < 0) {
      issue(col, 'error', 'negative-amount', { value })
      unreadable[field] = true
      continue
    }
    amounts[field] = value
    row[field] = value
  }

  const startCol = mapping.start
  if (startCol !== undefined && cells[startCol]) {
    const d = readLooseDate(cells[startCol] as Cell)
    if (d.ok === true) row.start = d.text
    else if (d.ok === false) {
      const code = d.ambiguous ? 'ambiguous-month' : 'unreadable-date'
      issue(startCol, 'warning', code, { text: cells[startCol]?.text ?? '' })
      extra[analysis.header.columns[startCol]?.text ?? 'start'] = text(startCol)
    }
  }
  for (const column of analysis.guess.unmapped) {
    if (Object.values(mapping).includes(column.col)) continue
    const value = lines(column.col)
    if (value !== '') extra[column.text] = value
  }
  if (Object.keys(extra).length > 0) row.extra = extra

  const { totalInvestment: total, planInvestment: plan, completedInvestment: done } = row
  if (total !== undefined && done !== undefined && done > total) {
    issue(mapping.completedInvestment, 'warning', 'completed-exceeds-total', { completed: done, total })
  }
  if (total !== undefined && plan !== undefined && plan > total) {
    issue(mapping.planInvestment, 'warning', 'plan-exceeds-total', { plan, total })
  }
  const errors = issues.filter((i) => i.severity === 'error').length
  if (row.name === '') issue(mapping.name, 'error', 'missing-name')
  const out: RowRead = { issues, amounts, unreadable, onlyNameMissing: row.name === '' && errors === 0 }
  if (row.name !== '' && errors === 0) out.row = row
  return out
}
