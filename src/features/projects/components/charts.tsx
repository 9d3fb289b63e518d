import type { Sector, Stage } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { toggle } from '../model/group'
import type { ProjectsView } from '../model/view'
import { ChartPanel } from './chart-panel'
import type { ProjectsSearch } from './use-projects-view'

type Props = { view: ProjectsView; search: ProjectsSearch }

function top<T extends { label: string; value: number }>(data: T[], format: (v: number) => string) {
  const best = data.reduce<T | null>((a, b) => (a && a.value >= b.value ? a : b), null)
  return best ? `${best.label} ${format(best.value)}` : '—'
}

/** Investment (or project count) by sector; a bar click toggles that sector in the filters. */
export function SectorChart({ view, search }: Props) {
  const { t, lang } = useT('projects')
  const byCount = search.values.by === 'count'
  const format = (v: number) => formatQuantity(v, byCount ? '个' : '亿元', lang)
  const data = view.sectorBars
    .filter((b) => byCount || b.investment > 0 || b.selected)
    .map((b) => ({
      key: b.sector,
      label: t(`sector.${b.sector}`),
      value: byCount ? b.count : b.investment,
      selected: b.selected,
    }))
  const title = t(byCount ? 'charts.bySectorCount' : 'charts.bySector')
  return (
    <ChartPanel
      title={title}
      note={t('charts.bySectorNote')}
      summary={t('charts.summarySector', { count: data.length, top: top(data, format) })}
      data={data}
      color="var(--c1)"
      format={format}
      keyLabel={t('filters.sector')}
      valueLabel={t(byCount ? 'charts.measureCount' : 'charts.measureInvestment')}
      onSelect={(key) => search.update({ sector: toggle(search.filters.sector, key as Sector) })}
      actions={
        <select
          aria-label={t('charts.measure')}
          className="rounded border border-[var(--border)] bg-[var(--card)] px-1 py-0.5 text-sm"
          value={search.values.by}
          onChange={(e) => search.update({ by: e.target.value as 'investment' | 'count' })}
        >
          <option value="investment">{t('charts.measureInvestment')}</option>
          <option value="count">{t('charts.measureCount')}</option>
        </select>
      }
    />
  )
}

/** Named projects by stage; a bar click toggles that stage in the filters. */
export function StageChart({ view, search }: Props) {
  const { t, lang } = useT('projects')
  const format = (v: number) => formatQuantity(v, '个', lang)
  const data = view.stageBars.map((b) => ({
    key: b.stage,
    label: t(`stage.${b.stage}`),
    value: b.count,
    selected: b.selected,
  }))
  return (
    <ChartPanel
      title={t('charts.byStage')}
      note={t('charts.byStageNote')}
      summary={t('charts.summaryStage', { count: data.length, top: top(data, format) })}
      data={data}
      color="var(--c3)"
      format={format}
      keyLabel={t('filters.stage')}
      valueLabel={t('charts.projects')}
      onSelect={(key) => search.update({ stage: toggle(search.filters.stage, key as Stage) })}
    />
  )
}
