import { type ReactNode, useId, useMemo, useState } from 'react'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { ErrorBoundary } from '../error-boundary'
import { ExportButtons } from '../export-buttons'
import { PanelError } from '../panel'
import { DataTable, FrameTableContext, type TableData } from './data-table'
import { chartMessages } from './i18n'
import { type ChartSize, ChartSizeContext } from './sizes'

/** Text sizes of the frame's own parts per chart size (the chart inside takes its metrics from ./sizes). */
const TYPE: Record<
  ChartSize,
  { frame: string; title: string; small: string; table: string; button: string }
> = {
  screen: { frame: 'card gap-2 p-3', title: 'text-base', small: 'text-xs', table: 'text-sm', button: '' },
  slide: {
    frame: 'min-h-0 flex-1 gap-[calc(var(--u)*1.2)] border-0 bg-transparent',
    title: 'text-slide-h2',
    small: 'text-slide-small',
    table: 'text-slide-small',
    button: 'text-slide-ui',
  },
  print: { frame: 'card gap-1 p-2', title: 'text-sm', small: 'text-[10px]', table: 'text-xs', button: '' },
}

export type { TableColumn, TableData } from './data-table'

export type ChartView = 'chart' | 'table'

type Props = {
  title: string
  /** e.g. "%" or "亿元", shown under the title. */
  unit?: string
  /** Where the numbers come from, e.g. "朝阳县2023年政府工作报告". */
  source?: string
  /** A visible line under the chart: what it counts, what a click does. */
  note?: ReactNode
  /** What the numbers leave out, shown under the chart and drawn into an exported image. */
  caveat?: string | undefined
  /** The filter the chart is drawn under, in words: drawn into an exported image and its file name. */
  filter?: string | undefined
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
  /** Where it is shown: sets the chart's and the frame's type and bar sizes (./sizes.ts). */
  size?: ChartSize
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
  caveat,
  filter,
  summary,
  table,
  actions,
  view: controlled,
  onViewChange,
  name,
  headingLevel = 2,
  size = 'screen',
  className,
  children,
}: Props) {
  const type = TYPE[size]
  const { t } = useT(chartMessages)
  const [own, setOwn] = useState<ChartView>('chart')
  const view = controlled ?? own
  const ids = useId()
  const titleId = `${ids}-title`
  const summaryId = `${ids}-summary`
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const next: ChartView = view === 'chart' ? 'table' : 'chart'
  // Until the chart's code arrives, the chart shows this table in its place (./lazy-chart.tsx).
  const frameTable = useMemo(() => ({ title, table, className: type.table }), [title, table, type.table])
  const toggle = () => {
    if (controlled === undefined) setOwn(next)
    onViewChange?.(next)
  }

  return (
    <figure
      className={cx('m-0 flex min-w-0 flex-col', type.frame, className)}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      data-chart-frame={name}
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <Heading id={titleId} className={cx('font-semibold', type.title)}>
            {title}
          </Heading>
          {unit && <p className={cx('text-muted', type.small)}>{t('unit', { unit })}</p>}
        </div>
        {/* On a slide the audience sees only the chart: no export or table buttons (the screens have
            them); the summary below still describes it to a screen reader. */}
        {size !== 'slide' && (
          <div className={cx('flex shrink-0 items-center gap-1 [&_.btn]:text-[length:inherit]', type.button)}>
            <ExportButtons
              title={title}
              unit={unit}
              source={source}
              table={table}
              filter={filter}
              note={caveat}
            />
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
        )}
      </header>
      <p id={summaryId} className="sr-only">
        {summary}
      </p>
      {view === 'chart' ? (
        // A chart that fails to draw says so in its own card; the table view and the page stay usable.
        <ErrorBoundary fallback={(error, reset) => <PanelError error={error} reset={reset} />}>
          <ChartSizeContext.Provider value={size}>
            <FrameTableContext.Provider value={frameTable}>
              <div
                data-chart={name ?? 'chart'}
                className={size === 'slide' ? 'flex min-h-0 flex-1 flex-col' : undefined}
              >
                {children}
              </div>
            </FrameTableContext.Provider>
          </ChartSizeContext.Provider>
        </ErrorBoundary>
      ) : (
        <DataTable title={title} table={table} className={type.table} />
      )}
      {caveat && (
        <p className={cx('font-medium', type.small)} data-chart-caveat>
          {caveat}
        </p>
      )}
      {note && <p className={cx('text-muted', type.small)}>{note}</p>}
      {source && <figcaption className={cx('text-muted', type.small)}>{t('source', { source })}</figcaption>}
    </figure>
  )
}
