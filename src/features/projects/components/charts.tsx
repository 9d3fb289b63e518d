import { memo, useMemo } from 'react'
import { BarChart } from '@/components/charts/bar-chart'
import { ChartFrame } from '@/components/charts/chart-frame'
import type { ChartColor } from '@/components/charts/tokens'
import { sectorLabel, stageLabel } from '@/lib/dataset/labels'
import type { Sector, Stage } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import type { SectorBar, StageBar } from '../model/group'

type Datum = { key: string; label: string; value: number; selected: boolean }

function top(data: Datum[], format: (v: number) => string) {
  const best = data.reduce<Datum | null>((a, b) => (a && a.value >= b.value ? a : b), null)
  return best ? `${best.label} ${format(best.value)}` : '—'
}

type SectorProps = {
  bars: SectorBar[]
  by: 'investment' | 'count'
  source: string
  onSelect: (sector: Sector) => void
  onMeasure: (by: 'investment' | 'count') => void
}

/**
 * Investment (or project count) by sector; a bar click toggles that sector in the filters.
 * Memoised: it re-renders only when its bars change, never on a keystroke that leaves them alone.
 */
export const SectorChart = memo(function SectorChart({ bars, by, source, onSelect, onMeasure }: SectorProps) {
  const { t, lang } = useT(messages)
  const byCount = by === 'count'
  const data = useMemo(
    () =>
      bars
        .filter((b) => byCount || b.investment > 0 || b.selected)
        .map((b) => ({
          key: b.sector,
          label: sectorLabel(b.sector, lang),
          value: byCount ? b.count : b.investment,
          selected: b.selected,
        })),
    [bars, byCount, lang],
  )
  return (
    <CategoryChart
      name="projects-by-sector"
      title={t(byCount ? 'charts.bySectorCount' : 'charts.bySector')}
      unit={t(byCount ? 'charts.unitCount' : 'charts.unitInvestment')}
      note={t('charts.bySectorNote')}
      summaryKey="charts.summarySector"
      source={source}
      data={data}
      color="c1"
      format={(v) => formatQuantity(v, byCount ? '个' : '亿元', lang)}
      keyLabel={t('filters.sector')}
      valueLabel={t(byCount ? 'charts.measureCount' : 'charts.measureInvestment')}
      selectLabel={t('charts.filterBySector')}
      onSelect={(key) => onSelect(key as Sector)}
      actions={
        <select
          aria-label={t('charts.measure')}
          className="rounded border border-line bg-card px-1 py-0.5 text-sm"
          value={by}
          onChange={(e) => onMeasure(e.target.value as 'investment' | 'count')}
        >
          <option value="investment">{t('charts.measureInvestment')}</option>
          <option value="count">{t('charts.measureCount')}</option>
        </select>
      }
    />
  )
})

type StageProps = { bars: StageBar[]; source: string; onSelect: (stage: Stage) => void }

/** Named projects by stage; a bar click toggles that stage in the filters. */
export const StageChart = memo(function StageChart({ bars, source, onSelect }: StageProps) {
  const { t, lang } = useT(messages)
  const data = useMemo(
    () =>
      bars.map((b) => ({
        key: b.stage,
        label: stageLabel(b.stage, lang),
        value: b.count,
        selected: b.selected,
      })),
    [bars, lang],
  )
  return (
    <CategoryChart
      name="projects-by-stage"
      title={t('charts.byStage')}
      unit={t('charts.unitCount')}
      note={t('charts.byStageNote')}
      summaryKey="charts.summaryStage"
      source={source}
      data={data}
      color="c3"
      format={(v) => formatQuantity(v, '个', lang)}
      keyLabel={t('filters.stage')}
      valueLabel={t('charts.projects')}
      selectLabel={t('charts.filterByStage')}
      onSelect={(key) => onSelect(key as Stage)}
    />
  )
})

type CategoryProps = {
  name: string
  title: string
  unit: string
  note: string
  summaryKey: 'charts.summarySector' | 'charts.summaryStage'
  source: string
  data: Datum[]
  color: ChartColor
  format: (v: number) => string
  keyLabel: string
  valueLabel: string
  selectLabel: string
  onSelect: (key: string) => void
  actions?: React.ReactNode
}

/** One measure per category, in the shared frame and bar wrapper (table view, exports, keyboard). */
function CategoryChart(p: CategoryProps) {
  const { t } = useT(messages)
  const table = {
    columns: [
      { key: 'label', label: p.keyLabel },
      { key: 'value', label: p.valueLabel, numeric: true },
    ],
    rows: p.data.map((d) => ({ label: d.label, value: p.format(d.value) })),
  }
  const chosen = p.data.filter((d) => d.selected).map((d) => d.label)
  return (
    <ChartFrame
      name={p.name}
      title={p.title}
      unit={p.unit}
      source={p.source}
      note={p.note}
      summary={t(p.summaryKey, { count: p.data.length, top: top(p.data, p.format) })}
      table={table}
      actions={p.actions}
    >
      {p.data.length ? (
        <BarChart
          data={p.data}
          index="label"
          layout="vertical"
          categories={[{ key: 'value', label: p.valueLabel, color: p.color }]}
          valueFormatter={p.format}
          onBarClick={(row) => p.onSelect(row.key)}
          selectLabel={p.selectLabel}
          activeKeys={chosen}
        />
      ) : (
        <p className="text-muted text-sm">{t('charts.none')}</p>
      )}
    </ChartFrame>
  )
}
