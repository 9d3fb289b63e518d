import { createContext, useContext } from 'react'
import { cx } from '@/lib/cx'

export type TableColumn = {
  key: string
  label: string
  /** Right-aligned, tabular figures. */
  numeric?: boolean
}

/**
 * The chart's data as plain cells (already formatted for the reader), so the same rows serve the
 * accessible table view, a CSV export and the stand-in shown until the chart's code arrives.
 * The first column heads each row.
 */
export type TableData = {
  columns: TableColumn[]
  rows: Record<string, string | number>[]
}

type FrameTable = { title: string; table: TableData; className: string }

/** The table of the ChartFrame around a chart: what its stand-in (./lazy-chart.tsx) shows. */
export const FrameTableContext = createContext<FrameTable | null>(null)
export const useFrameTable = () => useContext(FrameTableContext)

export function DataTable({ title, table, className }: FrameTable) {
  const [head, ...rest] = table.columns
  return (
    <div className="overflow-x-auto">
      <table className={cx('w-full border-collapse', className)} data-chart-table>
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr className="border-line border-b">
            {table.columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={cx('px-2 py-1 font-semibold', c.numeric ? 'text-right' : 'text-left')}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={`${head ? row[head.key] : i}`} className="border-line border-b last:border-0">
              {head && (
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {row[head.key]}
                </th>
              )}
              {rest.map((c) => (
                <td key={c.key} className={cx('px-2 py-1', c.numeric && 'text-right tabular-nums')}>
                  {row[c.key] ?? '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
