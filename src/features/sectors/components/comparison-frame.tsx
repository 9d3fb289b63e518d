import { type ReactNode, useId, useState } from 'react'
import { useT } from '@/lib/i18n'

type Props = {
  title: string
  unit: string
  source: string
  /** What the chart shows, in words, for screen readers and as the chart's description. */
  summary: string
  table: ReactNode
  footer?: ReactNode
  children: ReactNode
}

// Local stand-in for the shared ChartFrame (src/components/charts), which had not landed on main
// when this screen was built: title, unit, source line, text summary and a chart/table toggle.
export function ComparisonFrame({ title, unit, source, summary, table, footer, children }: Props) {
  const { t } = useT('sectors')
  const [asTable, setAsTable] = useState(false)
  const id = useId()
  return (
    <figure
      className="card m-0 flex min-w-0 flex-col gap-2 p-3"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-s`}
    >
      <header className="flex items-start justify-between gap-2">
        <div>
          <h3 id={`${id}-t`} className="font-semibold">
            {title}
          </h3>
          <p className="text-[var(--muted)] text-xs">{unit}</p>
        </div>
        <button
          type="button"
          className="btn shrink-0"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
        >
          {t('chart.table')}
        </button>
      </header>
      <p id={`${id}-s`} className="sr-only">
        {summary}
      </p>
      {asTable ? table : <div aria-hidden="true">{children}</div>}
      {footer}
      <figcaption className="text-[var(--muted)] text-xs leading-snug">{source}</figcaption>
    </figure>
  )
}
