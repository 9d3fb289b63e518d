import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { Panel } from '@/components/panel'
import { cx } from '@/lib/cx'
import { stageLabel } from '@/lib/dataset/labels'
import type { Report, Stage } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import { type PipelineRow, pipelineScale } from '../model/totals'

/**
 * The report's own stage counts (签约 75, 落地 38; 开复工 180 → 主体完工 44 / 试生产 14 / 投产达效 53),
 * drawn on ONE scale, so 6 never looks as large as 180. Only the stages the report gives as parts of
 * another are indented under it: 落地 is not declared a part of 签约, so it stands on its own. Each
 * stage is a button that filters the list by it, and says how many projects the report names for it
 * and how many rows of the list are at that stage (the same rows the table shows).
 */
type Props = {
  report: Report
  pipeline: PipelineRow[]
  selected: readonly Stage[]
  onSelect: (stage: Stage) => void
}

export function PipelinePanel({ report, pipeline, selected, onSelect }: Props) {
  const { t } = useT(messages)
  const max = pipelineScale(pipeline)
  return (
    <Panel id="projects-pipeline" title={t('charts.pipeline')}>
      <ol className="flex flex-col gap-1">
        {pipeline.map((p) => (
          <StageBar
            key={p.stage}
            report={report}
            row={p}
            max={max}
            selected={selected.includes(p.stage)}
            onSelect={() => onSelect(p.stage)}
          />
        ))}
      </ol>
      <p className="text-muted text-xs">{t('charts.pipelineNote')}</p>
    </Panel>
  )
}

type BarProps = {
  report: Report
  row: PipelineRow
  max: number
  selected: boolean
  onSelect: () => void
}

function StageBar({ report, row, max, selected, onSelect }: BarProps) {
  const { t, lang } = useT(messages)
  const label = stageLabel(row.stage, lang)
  const sub = Boolean(row.parent)
  const width = `${Math.max(1, (row.count.value / max) * 100)}%`
  return (
    <li className="grid grid-cols-[7rem_minmax(0,1fr)] items-center gap-x-2 text-sm" data-stage={row.stage}>
      <button
        type="button"
        aria-pressed={selected}
        aria-label={t('charts.filterBy', { label })}
        onClick={onSelect}
        className={cx(
          'rounded px-1 text-left leading-tight hover:underline',
          sub && 'pl-3',
          selected && 'bg-fg text-page',
        )}
        title={row.count.label[lang]}
      >
        {sub && <span aria-hidden="true">↳ </span>}
        {label}
      </button>
      <div className="flex min-w-0 items-center gap-1">
        <div className="h-3.5 min-w-0 flex-1">
          <button
            type="button"
            tabIndex={-1}
            aria-hidden="true"
            onClick={onSelect}
            data-stage-bar={row.stage}
            data-width={width}
            className={cx(
              'block h-full cursor-pointer rounded-sm',
              selected && 'outline-2 outline-fg outline-offset-1',
            )}
            style={{ width, background: sub ? 'var(--c2)' : 'var(--c1)' }}
          />
        </div>
        <FactFigure fact={row.count} valueClassName="w-12 shrink-0 text-right font-semibold tabular-nums" />
      </div>
      <span className="col-start-2 flex flex-wrap items-center gap-x-1 text-muted text-xs">
        <span data-in-list={row.inList}>{t('pipeline.inList', { count: row.inList })}</span>
        {/* Where the report names examples, how many of its count it leaves unnamed (derived). */}
        {row.examples > 0 && (
          <>
            <span>· {t('pipeline.named', { named: row.examples })}</span>
            <span>· {t('pipeline.unnamedLabel')}</span>
            <DerivedFigure
              item={row.unnamed}
              report={report}
              label={t('pipeline.unnamed', { count: row.unnamed.value })}
              valueClassName="font-semibold"
            />
          </>
        )}
      </span>
    </li>
  )
}
