import { type ReactNode, useId, useState } from 'react'
import { Panel } from '@/components/panel'
import { useT } from '@/lib/i18n'
import { type BarDatum, BarListChart, BarTable } from './bar-list-chart'

type Props = {
  title: string
  note: string
  summary: string
  data: BarDatum[]
  color: string
  format: (v: number) => string
  onSelect: (key: string) => void
  keyLabel: string
  valueLabel: string
  actions?: ReactNode
}

/** A chart card: title, a one-line note, a screen-reader summary and a chart ⇄ table toggle. */
export function ChartPanel(props: Props) {
  const { t } = useT('projects')
  const [table, setTable] = useState(false)
  const summaryId = useId()
  const anySelected = props.data.some((d) => d.selected)
  return (
    <Panel
      title={props.title}
      actions={
        <>
          {props.actions}
          <button type="button" className="btn" aria-pressed={table} onClick={() => setTable((v) => !v)}>
            {t('charts.showTable')}
          </button>
        </>
      }
    >
      <p id={summaryId} className="sr-only">
        {props.summary}
      </p>
      {!props.data.length ? (
        <p className="text-[var(--muted)] text-sm">{t('charts.none')}</p>
      ) : table ? (
        <BarTable {...props} />
      ) : (
        <figure className="m-0" aria-label={props.title} aria-describedby={summaryId}>
          <BarListChart {...props} anySelected={anySelected} />
        </figure>
      )}
      <p className="text-[var(--muted)] text-xs">{props.note}</p>
    </Panel>
  )
}
