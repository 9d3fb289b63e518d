// The entry grid: figures typed or pasted from Excel, in the template's columns. Pure: the grid
// component keeps the cells, this says what a paste does to them and turns them into a sheet the
// importer reads exactly as it reads a file (same checks, same preview, same reasons).
import { detectActualsLayout } from '@/lib/imports/actuals-layout'
import type { IndicatorMatch } from '@/lib/imports/indicator-match'
import { readPastedText } from '@/lib/imports/read-delimited'
import { BLANK, type Cell, type Sheet } from '@/lib/imports/types'

export const GRID_COLUMNS = ['indicator', 'period', 'value', 'unit', 'growth'] as const
export type GridColumn = (typeof GRID_COLUMNS)[number]
export type GridRow = Record<GridColumn, string>

/** The header the importer reads the grid under (our template's own words). */
export const GRID_HEADER: Readonly<Record<GridColumn, string>> = {
  indicator: '指标',
  period: '期间',
  value: '累计值',
  unit: '单位',
  growth: '累计增速(%)',
}

export const emptyRow = (): GridRow => ({ indicator: '', period: '', value: '', unit: '', growth: '' })
export const emptyRows = (n: number): GridRow[] => Array.from({ length: n }, emptyRow)
const isBlank = (r: GridRow) => GRID_COLUMNS.every((c) => r[c].trim() === '')

/** What a paste did: cells filled in the grid, or a table of another shape to read as it is. */
export type Paste =
  | { kind: 'cells'; rows: GridRow[]; filled: number }
  | { kind: 'table'; sheet: Sheet }
  | { kind: 'nothing' }

function grow(rows: GridRow[], length: number): GridRow[] {
  return rows.length >= length ? rows : [...rows, ...emptyRows(length - rows.length)]
}

/**
 * A block pasted from Excel (tab-separated lines). With a header row of its own: a long table (指标 |
 * 期间 | 累计值 …) fills the grid by its headers, below the rows already typed; a table of any other
 * shape (a statistics bureau's wide table) is read as it is. Without a header: the cells go in from
 * the cell pasted into, rightwards and down, as Excel pastes.
 */
export function pasteInto(
  rows: readonly GridRow[],
  at: { row: number; col: number },
  text: string,
  match?: (text: string) => IndicatorMatch,
): Paste {
  const sheet = readPastedText(text, '粘贴')
  const cells = sheet.rows.map((r) => r.map((c) => c.text))
  if (cells.length === 0 || cells.every((r) => r.every((c) => c.trim() === ''))) return { kind: 'nothing' }
  const layout = cells.length > 1 ? detectActualsLayout(sheet, match ? { match } : {}) : undefined
  if (layout && layout.format !== 'long') return { kind: 'table', sheet }
  if (layout) {
    const byField: Partial<Record<GridColumn, number>> = {
      indicator: layout.indicatorCol,
      period: layout.periodCol,
      unit: layout.unitCol,
      value: layout.measures.find((m) => m.measure === 'value')?.col,
      growth: layout.measures.find((m) => m.measure === 'growth')?.col,
    }
    const data = cells.slice(layout.header.dataStart)
    const firstFree = rows.findLastIndex((r) => !isBlank(r)) + 1
    const out = grow([...rows.map((r) => ({ ...r }))], firstFree + data.length)
    data.forEach((line, i) => {
      const target = out[firstFree + i] as GridRow
      for (const c of GRID_COLUMNS) {
        const col = byField[c]
        if (col !== undefined) target[c] = (line[col] ?? '').trim()
      }
      // A value column whose heading names the unit (累计值(亿元)) gives the unit of every row.
      const unit = layout.measures.find((m) => m.measure === 'value')?.unit
      if (!target.unit && unit && target.value) target.unit = unit
    })
    return { kind: 'cells', rows: out, filled: data.length }
  }
  const out = grow([...rows.map((r) => ({ ...r }))], at.row + cells.length)
  let filled = 0
  cells.forEach((line, i) => {
    const target = out[at.row + i] as GridRow
    line.forEach((value, j) => {
      const column = GRID_COLUMNS[at.col + j]
      if (column) target[column] = value.trim()
    })
    filled++
  })
  return { kind: 'cells', rows: out, filled }
}

const cell = (text: string): Cell => (text.trim() === '' ? BLANK : { raw: text.trim(), text: text.trim() })

/**
 * The grid as a sheet: the template's header, then row i of the grid as sheet row i + 2 (the import
 * hook numbers issues back to the grid's own rows). Blank rows stay, so the numbers keep their place.
 */
export function gridSheet(rows: readonly GridRow[], name: string): Sheet {
  const last = rows.findLastIndex((r) => !isBlank(r))
  const body = rows.slice(0, last + 1).map((r) => GRID_COLUMNS.map((c) => cell(r[c])))
  return { name, rows: [GRID_COLUMNS.map((c) => cell(GRID_HEADER[c])), ...body], merges: [] }
}

/** Whether the grid holds anything to check. */
export function hasEntries(rows: readonly GridRow[]): boolean {
  return rows.some((r) => !isBlank(r))
}
