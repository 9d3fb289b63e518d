import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { Panel } from '@/components/panel'
import { cx } from '@/lib/cx'
import { stageLabel } from '@/lib/dataset/labels'
import type { Report, Stage } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import type { PipelineRow } from '../model/totals'

/**
 * The report's own stage counts (签约 75 → 落地 38; 开复工 180 → 主体完工 44 / 试生产 14 / 投产达效 53),
 * drawn as proportional bars within each chain. Each stage is a button that filters the list by it,
 * and shows how many of its projects the report names: the difference is shown, not hidden.
 */
type Props = {
  report: Report
  pipeline: PipelineRow[]
  selected: readonly Stage[]
  onSelect: (stage: Stage) => void
}

export function PipelinePanel({ report, pipeline, selected, onSelect }: Props) {
  const { t } = useT(messages)
  const roots = pipeline.filter((p) => !p.parent)
  const chains = roots.map((root) => [root, ...pipeline.filter((p) => p.parent === root.stage)])
  // 签约 → 落地 reads as one chain in the report's sentence; keep them together.
  const merged = mergeSignedLanded(chains)
  return (
    <Panel id="projects-pipeline" title={t('charts.pipeline')}>
      <div className="flex flex-col gap-2">
        {merged.map((chain) => {
          const max = Math.max(...chain.map((p) => p.count.value))
          return (
            <ol key={chain[0]?.stage} className="flex flex-col gap-0.5">
              {chain.map((p, i) => (
                <StageBar
                  key={p.stage}
                  report={report}
                  row={p}
                  max={max}
                  sub={i > 0}
                  selected={selected.includes(p.stage)}
                  onSelect={() => onSelect(p.stage)}
                />
              ))}
            </ol>
          )
        })}
      </div>
      <p className="text-muted text-xs">{t('charts.pipelineNote')}</p>
    </Panel>
  )
}

function mergeSignedLanded(chains: PipelineRow[][]): PipelineRow[][] {
  const signed = chains.findIndex((c) => c[0]?.stage === 'signed')
  const landed = chains.findIndex((c) => c[0]?.stage === 'landed')
  if (signed < 0 || landed < 0) return chains
  const out = chains.filter((_, i) => i !== landed)
  out[out.indexOf(chains[signed] as PipelineRow[])] = [
    ...(chains[signed] ?? []),
    ...(chains[landed] ?? []).map((p) => ({ ...p, parent: 'signed' as const })),
  ]
  return out
}

type BarProps = {
  report: Report
  row: PipelineRow
  max: number
  sub: boolean
  selected: boolean
  onSelect: () => void
}

function StageBar({ report, row, max, sub, selected, onSelect }: BarProps) {
  const { t, lang } = useT(messages)
  const label = stageLabel(row.stage, lang)
  const width = `${Math.max(3, (row.count.value / max) * 100)}%`
  return (
    <li className="grid grid-cols-[7rem_minmax(0,1fr)] items-center gap-x-2 text-sm">
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
        <span>{t('pipeline.named', { named: row.examples })}</span>
        {row.examples > 0 && <span>· {t('pipeline.namedShown', { shown: row.examplesShown })}</span>}
        <span>· {t('pipeline.unnamedLabel')}</span>
        <DerivedFigure
          item={row.unnamed}
          report={report}
          label={t('pipeline.unnamed', { count: row.unnamed.value })}
          valueClassName="font-semibold"
        />
      </span>
    </li>
  )
}
