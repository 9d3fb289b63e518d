// A whole ledger: every sheet that has a header, every row below it accepted, rejected or skipped
// with a reason. Nothing below a header goes unaccounted for: the counts add up to the rows.

import { ownValue } from '../own'
import type { ColumnMapping } from './column-guess'
import { type AmountsUnit, analyzeLedgerSheet, type LedgerAnalysis } from './ledger-analyze'
import { classifyLedgerRow, natureOf } from './ledger-classify'
import { AMOUNT_FIELDS, type LedgerField } from './ledger-fields'
import { type LedgerRow, type RowRead, readLedgerRow } from './ledger-row'
import { findSumRows, type SumEntry } from './sum-rows'
import { keyText } from './text'
import type { Cell, RowIssue, Sheet, TableBook } from './types'

export type LedgerOptions = {
  /** Mappings the user confirmed, by sheet name or by shape signature id (remembered from an earlier file). */
  mappings?: Record<string, ColumnMapping<LedgerField>>
  /** The unit of the amounts when the user corrects what was read (or assumed). */
  amountsUnit?: AmountsUnit
  /** Read hidden sheets too (skipped by default: they are usually last month's copy). */
  includeHidden?: boolean
  /** Called every 500 rows: the worker posts it to a progress bar. */
  onProgress?: (done: number, total: number) => void
}

export type LedgerSheetResult = {
  sheet: string
  /** undefined: no header found (the sheet gets one 'no-header' issue). */
  analysis?: LedgerAnalysis
  rows: LedgerRow[]
  issues: RowIssue[]
  counts: { accepted: number; rejected: number; skipped: number }
}

export type LedgerResult = { sheets: LedgerSheetResult[]; rows: LedgerRow[]; issues: RowIssue[] }

function mappingFor(sheet: Sheet, opts: LedgerOptions, signatureOf: () => string | undefined) {
  // A sheet's name is the file's text: a sheet named `toString` has no mapping unless the plan gave one.
  const mappings = opts.mappings ?? {}
  const byName = ownValue(mappings, sheet.name)
  if (byName) return byName
  const id = signatureOf()
  return id ? ownValue(mappings, id) : undefined
}

export function readLedgerSheet(
  sheet: Sheet,
  opts: LedgerOptions = {},
  progress?: (n: number) => void,
): LedgerSheetResult {
  const first = analyzeLedgerSheet(sheet, { ...(opts.amountsUnit ? { amountsUnit: opts.amountsUnit } : {}) })
  const remembered = mappingFor(sheet, opts, () => first?.signature.id)
  const analysis = remembered
    ? analyzeLedgerSheet(sheet, {
        mapping: remembered,
        ...(opts.amountsUnit ? { amountsUnit: opts.amountsUnit } : {}),
      })
    : first
  const result: LedgerSheetResult = {
    sheet: sheet.name,
    rows: [],
    issues: [],
    counts: { accepted: 0, rejected: 0, skipped: 0 },
  }
  if (!analysis) {
    result.issues.push({ sheet: sheet.name, row: 0, severity: 'error', code: 'no-header' })
    return result
  }
  result.analysis = analysis
  const mapping = analysis.guess.mapping
  if (mapping.name === undefined) {
    result.issues.push({
      sheet: sheet.name,
      row: 0,
      severity: 'error',
      code: 'missing-column',
      params: { field: 'name' },
    })
    return result
  }
  if (analysis.amounts.from === 'assumed') {
    result.issues.push({
      sheet: sheet.name,
      row: 0,
      severity: 'warning',
      code: 'amount-unit-assumed',
      params: { unit: analysis.amounts.unit },
    })
  }
  const ctx = {
    nameCol: mapping.name,
    ...(mapping.seq !== undefined ? { seqCol: mapping.seq } : {}),
    headingKeys: analysis.header.columns.map((c) => keyText(c.parts.at(-1) ?? '')),
  }
  const amountCols = AMOUNT_FIELDS.filter((f) => mapping[f] !== undefined)
  const reads: { r: number; read: RowRead }[] = []
  const entries: SumEntry[] = []
  let segment = 0
  // A workbook of one sheet per 建设性质 (新开工项目, 续建项目) says the nature in the sheet's name.
  let sectionNature: string | undefined = natureOf(sheet.name)
  let sectionLabel: string | undefined
  const skip = (r: number, code: RowIssue['code'], params?: RowIssue['params']) => {
    result.issues.push({
      sheet: sheet.name,
      row: r + 1,
      severity: 'skipped',
      code,
      ...(params ? { params } : {}),
    })
    result.counts.skipped++
  }
  for (let r = analysis.header.dataStart; r < sheet.rows.length; r++) {
    progress?.(1)
    const cells = sheet.rows[r] as Cell[]
    const kind = classifyLedgerRow(cells, ctx)
    if (kind.kind === 'blank') {
      // Blank rows are counted, not listed one by one: they carry nothing to review.
      result.counts.skipped++
      continue
    }
    if (kind.kind !== 'data') {
      segment++
      if (kind.kind === 'section') {
        // A nature section (一、新开工项目) holds until the next one; a sub-group (（一）工业项目) only labels.
        if (kind.nature) sectionNature = kind.nature
        sectionLabel = kind.label
        skip(r, 'section-row', { label: kind.label })
      } else if (kind.kind === 'total') skip(r, 'total-row', { word: kind.word })
      else if (kind.kind === 'note') skip(r, 'note-row', { word: kind.word })
      else skip(r, 'repeated-header')
      continue
    }
    const read = readLedgerRow(cells, r, {
      analysis,
      mapping,
      ...(sectionNature ? { sectionNature } : {}),
      ...(sectionLabel ? { sectionLabel } : {}),
    })
    reads.push({ r, read })
    const seq = mapping.seq === undefined ? undefined : cells[mapping.seq]
    const numbered = typeof seq?.raw === 'number' || /^\s*\d+\s*$/.test(seq?.text ?? '')
    entries.push({
      row: r + 1,
      amounts: amountCols.map((f) => read.amounts[f]),
      unknown: amountCols.map((f) => read.unreadable[f] === true),
      candidate: !numbered && (read.row !== undefined || read.onlyNameMissing),
      segment,
    })
  }
  const sums = findSumRows(entries, amountCols.length)
  for (const { r, read } of reads) {
    const sum = sums.get(r + 1)
    if (sum) {
      skip(r, 'sum-of-rows', { from: sum.from, to: sum.to })
      continue
    }
    result.issues.push(...read.issues)
    if (read.row) {
      result.rows.push(read.row)
      result.counts.accepted++
    } else result.counts.rejected++
  }
  result.issues.sort((a, b) => a.row - b.row)
  return result
}

function hiddenSheet(sheet: string): LedgerSheetResult {
  const issue: RowIssue = { sheet, row: 0, severity: 'skipped', code: 'hidden-sheet' }
  return { sheet, rows: [], issues: [issue], counts: { accepted: 0, rejected: 0, skipped: 0 } }
}

/** Every sheet of a book; duplicate project names across the whole file are flagged on the later row. */
export function readLedger(book: Pick<TableBook, 'sheets'>, opts: LedgerOptions = {}): LedgerResult {
  const total = book.sheets.reduce((n, s) => n + s.rows.length, 0)
  let done = 0
  const progress = opts.onProgress
    ? () => {
        done++
        if (done % 500 === 0) opts.onProgress?.(done, total)
      }
    : undefined
  const sheets = book.sheets.map((s) =>
    s.hidden && !opts.includeHidden ? hiddenSheet(s.name) : readLedgerSheet(s, opts, progress),
  )
  // A cover sheet or a summary by sector beside the ledger is looked at and listed, not an error.
  if (sheets.some((s) => s.rows.length > 0)) {
    for (const s of sheets) {
      if (s.rows.length > 0) continue
      for (const i of s.issues) if (i.row === 0 && i.severity === 'error') i.severity = 'skipped'
    }
  }
  const seen = new Map<string, LedgerRow>()
  for (const s of sheets) {
    for (const row of s.rows) {
      const key = keyText(row.name)
      const other = seen.get(key)
      if (!other) {
        seen.set(key, row)
        continue
      }
      s.issues.push({
        sheet: s.sheet,
        row: row.source.row,
        severity: 'warning',
        code: 'duplicate-name',
        params: { otherRow: other.source.row, otherSheet: other.source.sheet },
      })
    }
    s.issues.sort((a, b) => a.row - b.row)
  }
  opts.onProgress?.(total, total)
  return { sheets, rows: sheets.flatMap((s) => s.rows), issues: sheets.flatMap((s) => s.issues) }
}
