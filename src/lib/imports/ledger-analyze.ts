// The first look at a ledger sheet, before any row is read: where its header is, which column holds
// what (a guess the user confirms), the shape to remember that mapping by, the as-of date and the unit
// of its amounts. The UI shows all of it in the mapping step.
import { type AsOf, detectAsOf } from './as-of'
import { CELL_UNITS, type CellUnit, unitInText } from './cell-units'
import { type ColumnMapping, guessColumns, type MappingGuess, scorerOf, withMapping } from './column-guess'
import { detectHeader, type HeaderInfo } from './header-detect'
import { AMOUNT_FIELDS, LEDGER_RULES, type LedgerField } from './ledger-fields'
import { type ShapeSignature, shapeSignature } from './shape-signature'
import type { Sheet } from './types'

export type AmountsUnit = '万元' | '亿元' | '元'

export type AmountsUnitFinding = {
  unit: AmountsUnit
  /** title: 单位：万元 above the header; header: every amount heading says it; assumed: nothing did. */
  from: 'option' | 'title' | 'header' | 'assumed'
  /** 1-based row where it was read (title), if any. */
  row?: number
}

export type LedgerAnalysis = {
  sheet: string
  header: HeaderInfo
  guess: MappingGuess<LedgerField>
  signature: ShapeSignature
  asOf?: AsOf
  amounts: AmountsUnitFinding
  /** Unit each amount column's heading names, where one does: '总投资(亿元)' → 亿元. */
  columnUnits: Partial<Record<LedgerField, CellUnit>>
}

const ledgerScorer = scorerOf(LEDGER_RULES)

function asAmountsUnit(unit: CellUnit | undefined): AmountsUnit | undefined {
  if (unit === '万元' || unit === '亿元' || unit === '元') return unit
  // 千元 is rare in ledgers: read it into 万元, which every reader of a ledger expects.
  return unit === '千元' ? '万元' : undefined
}

function amountsUnit(
  sheet: Sheet,
  header: HeaderInfo,
  columnUnits: Partial<Record<LedgerField, CellUnit>>,
  option?: AmountsUnit,
): AmountsUnitFinding {
  if (option) return { unit: option, from: 'option' }
  for (const r of header.titleRows) {
    for (const cell of sheet.rows[r] ?? []) {
      const unit = asAmountsUnit(unitInText(cell.text))
      if (unit) return { unit, from: 'title', row: r + 1 }
    }
  }
  // A 单位 line may also sit at the far right of a header row, outside any column's heading.
  for (const r of header.rows) {
    for (const cell of sheet.rows[r] ?? []) {
      if (!/单位/.test(cell.text)) continue
      const unit = asAmountsUnit(unitInText(cell.text))
      if (unit) return { unit, from: 'title', row: r + 1 }
    }
  }
  const named = AMOUNT_FIELDS.map((f) => asAmountsUnit(columnUnits[f])).filter((u) => u !== undefined)
  // Headings that disagree (总投资(亿元), 计划投资(万元)): the first is the rows' unit, the others convert.
  if (named[0]) return { unit: named[0], from: 'header' }
  // Nearly every county ledger counts in 万元; the UI says it was assumed and lets the user change it.
  return { unit: '万元', from: 'assumed' }
}

export function analyzeLedgerSheet(
  sheet: Sheet,
  opts: { amountsUnit?: AmountsUnit; mapping?: ColumnMapping<LedgerField> } = {},
): LedgerAnalysis | undefined {
  const header = detectHeader(sheet, ledgerScorer)
  if (!header) return undefined
  const guess = guessColumns(header.columns, LEDGER_RULES)
  const mapping = opts.mapping ?? guess.mapping
  const columnUnits: Partial<Record<LedgerField, CellUnit>> = {}
  for (const field of AMOUNT_FIELDS) {
    const col = mapping[field]
    const column = col === undefined ? undefined : header.columns[col]
    const unit = column ? unitInText(column.text) : undefined
    if (unit && CELL_UNITS[unit].kind === 'money') columnUnits[field] = unit
  }
  const analysis: LedgerAnalysis = {
    sheet: sheet.name,
    header,
    guess: opts.mapping ? withMapping(header.columns, mapping) : guess,
    signature: shapeSignature(header),
    amounts: amountsUnit(sheet, header, columnUnits, opts.amountsUnit),
    columnUnits,
  }
  const asOf = detectAsOf(sheet, header)
  if (asOf) analysis.asOf = asOf
  return analysis
}
