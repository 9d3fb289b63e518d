import { type ClipboardEvent, useId, useMemo, useState } from 'react'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { indicatorMatcher } from '@/lib/imports/indicator-match'
import type { Sheet } from '@/lib/imports/types'
import { importCandidatesOf } from '@/lib/monitoring/candidates'
import { periodCell, templateRows } from '@/lib/monitoring/sheets'
import { messages } from '../i18n'
import {
  emptyRows,
  GRID_COLUMNS,
  type GridColumn,
  type GridRow,
  gridSheet,
  hasEntries,
  pasteInto,
} from '../model/grid'

type Props = {
  report: Report
  /** Check the grid (or a pasted table of another shape): the same preview as a file. */
  onCheck: (sheet: Sheet, name: string) => void
  onClose: () => void
}

const NUMERIC: ReadonlySet<GridColumn> = new Set(['value', 'growth'])

/**
 * Paste from Excel or type figures: a grid in the template's columns. A paste with its own header
 * fills the grid by it (or, for a table of another shape, goes straight to the preview); a paste
 * without one goes in from the cell pasted into, as in Excel. "Check" runs the same reader as a file.
 */
export function EntryGrid({ report, onCheck, onClose }: Props) {
  const { t } = useT(messages)
  const [rows, setRows] = useState<GridRow[]>(() => emptyRows(8))
  const [note, setNote] = useState<string | null>(null)
  const ids = useId()
  const match = useMemo(() => indicatorMatcher(importCandidatesOf(report)), [report])
  const options = useMemo(() => {
    const template = templateRows(report)
    return {
      indicator: [...new Set(template.map((r) => r.label.zh)), ...new Set(template.map((r) => r.label.en))],
      period: [...new Set(template.map((r) => periodCell(r.period, r.quarterly, true)))],
      unit: [...new Set(template.map((r) => r.unit).filter(Boolean))],
    }
  }, [report])
  const name = t('grid.fileName')

  const set = (row: number, column: GridColumn, value: string) =>
    setRows((rs) => rs.map((r, i) => (i === row ? { ...r, [column]: value } : r)))

  const onPaste = (row: number, col: number) => (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain')
    // A single value typed over a cell is an ordinary paste; a block of cells is Excel's.
    if (!/[\t\n]/.test(text.trim())) return
    e.preventDefault()
    const result = pasteInto(rows, { row, col }, text, match)
    if (result.kind === 'table') {
      setNote(t('grid.pastedTable'))
      onCheck(result.sheet, t('grid.pasteName'))
    } else if (result.kind === 'cells') {
      setRows(result.rows)
      setNote(t('grid.pasted', { count: result.filled }))
    }
  }

  return (
    <section className="card flex flex-col gap-2 p-3" aria-labelledby={`${ids}-title`} data-entry-grid="">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${ids}-title`} className="font-semibold text-base">
          {t('grid.title')}
        </h2>
        <p className="text-muted text-xs">{t('grid.hint')}</p>
      </header>
      {note && (
        <p role="status" className="text-sm">
          {note}
        </p>
      )}
      {(['indicator', 'period', 'unit'] as const).map((c) => (
        <datalist key={c} id={`${ids}-${c}`}>
          {options[c].map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      ))}
      <div className="max-h-72 overflow-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t('grid.title')}</caption>
          <thead className="sticky top-0 bg-card text-left text-muted text-xs">
            <tr>
              <th scope="col" className="w-10 px-1 py-1 text-right font-medium">
                {t('import.row')}
              </th>
              {GRID_COLUMNS.map((c) => (
                <th key={c} scope="col" className="px-1 py-1 font-medium">
                  {t(`grid.column.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: grid rows are positions; a paste rewrites them in place
              <tr key={i}>
                <th scope="row" className="px-1 text-right font-normal text-muted tabular-nums">
                  {i + 1}
                </th>
                {GRID_COLUMNS.map((c, j) => (
                  <td key={c} className="p-0.5">
                    <input
                      className="w-full rounded border border-line bg-page px-1.5 py-0.5 text-fg"
                      value={r[c]}
                      aria-label={t('grid.cell', { row: i + 1, column: t(`grid.column.${c}`) })}
                      inputMode={NUMERIC.has(c) ? 'decimal' : undefined}
                      list={c === 'indicator' || c === 'period' || c === 'unit' ? `${ids}-${c}` : undefined}
                      onChange={(e) => set(i, c, e.target.value)}
                      onPaste={onPaste(i, j)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn" onClick={() => setRows((rs) => [...rs, ...emptyRows(5)])}>
          {t('grid.addRows')}
        </button>
        <button
          type="button"
          className="btn bg-fg text-page"
          disabled={!hasEntries(rows)}
          onClick={() => onCheck(gridSheet(rows, name), name)}
        >
          {t('grid.check')}
        </button>
        <button type="button" className="btn" onClick={() => setRows(emptyRows(8))}>
          {t('grid.clear')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('grid.close')}
        </button>
      </div>
    </section>
  )
}
