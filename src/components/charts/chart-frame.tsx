import { type ReactNode, useId, useState } from 'react'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { ErrorBoundary } from '../error-boundary'
import { ExportButtons } from '../export-buttons'
import { PanelError } from '../panel'
import { chartMessages } from './i18n'

export type ChartView = 'chart' | 'table'

export type TableColumn = {
  key: string
  label: string
  /** Right-aligned, tabular figures. */
  numeric?: boolean
}

/**
 * The chart's data as plain cells (already formatted for the reader), so the same rows serve the
 * accessible table view and a CSV export. The first column heads each row.
 */
export type TableData = {
  columns: TableColumn[]
  rows: Record<string, string | number>[]
}

type Props = {
  title: string
  /** e.g. "%" or "亿元", shown under the title. */
  unit?: string
  /** Where the numbers come from, e.g. "朝阳县2023年政府工作报告". */
  source?: string
  /** A visible line under the chart: what it counts, what a click does. */
  note?: ReactNode
  /** One or two sentences that say what the chart shows, for screen readers. */
  summary: string
  table: TableData
  /** Header controls beside the view toggle (export buttons ...). */
  actions?: ReactNode
  /** Controlled view (e.g. from the URL); uncontrolled when omitted. */
  view?: ChartView
  onViewChange?: (view: ChartView) => void
  /** Stable name for exporters: the chart container gets data-chart={name}. */
  name?: string
  headingLevel?: 2 | 3
  className?: string
  children: ReactNode
}

/**
 * A figure around one chart: title, unit, source, a screen-reader summary, and a toggle that shows
 * the same data as a real table. Exporters find the chart's <svg> under [data-chart].
 */
export function ChartFrame({
  title,
  unit,
  source,
  note,
  summary,
  table,
  actions,
  view: controlled,
  onViewChange,
  name,
  headingLevel = 2,
  className,
  children,
}: Props) {
  const { t } = useT(chartMessages)
  const [own, setOwn] = useState<ChartView>('chart')
  const view = controlled ?? own
  const ids = useId()
  const titleId = `${ids}-title`
  const summaryId = `${ids}-summary`
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const next: ChartView = view === 'chart' ? 'table' : 'chart'
  const toggle = () => {
    if (controlled === undefined) setOwn(next)
    onViewChange?.(next)
  }

  return (
    <figure
      className={cx('card m-0 flex min-w-0 flex-col gap-2 p-3', className)}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      data-chart-frame={name}
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <Heading id={titleId} className="font-semibold text-base">
            {title}
          </Heading>
          {unit && <p className="text-muted text-xs">{t('unit', { unit })}</p>}
        </div>
        <div className="flex shrink-0 items-center gap-1">
          <ExportButtons title={title} unit={unit} source={source} table={table} />
          {actions}
          <button
            type="button"
            className="btn"
            title={t(next === 'table' ? 'showTableHint' : 'showChartHint', { title })}
            onClick={toggle}
          >
            {t(next === 'table' ? 'showTable' : 'showChart')}
          </button>
        </div>
      </header>
      <p id={summaryId} className="sr-only">
        {summary}
      </p>
      {view === 'chart' ? (
        // A chart that fails to draw says so in its own card; the table view and the page stay usable.
        <ErrorBoundary fallback={(error, reset) => <PanelError error={error} reset={reset} />}>
          <div data-chart={name ?? 'chart'}>{children}</div>
        </ErrorBoundary>
      ) : (
        <DataTable title={title} table={table} />
      )}
      {note && <p className="text-muted text-xs">{note}</p>}
      {source && <figcaption className="text-muted text-xs">{t('source', { source })}</figcaption>}
    </figure>
  )
}

function DataTable({ title, table }: { title: string; table: TableData }) {
  const [head, ...rest] = table.columns
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-chart-table>
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
