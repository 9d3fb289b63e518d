import { memo, useMemo } from 'react'
import { BarChart } from '@/components/charts/bar-chart'
import { ChartFrame } from '@/components/charts/chart-frame'
import type { ChartColor } from '@/components/charts/tokens'
import { sectorLabel, stageLabel } from '@/lib/dataset/labels'
import type { Sector, Stage } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { messages, type T } from '../i18n'
import type { SectorBar, StageBar } from '../model/group'

/**
 * A bar and its label as written. Where the report states no amount, `value` is 0 (no bar is drawn:
 * the wrapper draws none for 0) and `text` says "amount not stated" instead of a number.
 */
type Datum = { key: string; label: string; value: number; text: string; selected: boolean }

function top(data: Datum[]) {
  const best = data.reduce<Datum | null>((a, b) => (a && a.value >= b.value ? a : b), null)
  return best && best.value > 0 ? `${best.label} ${best.text}` : '—'
}

type SectorProps = {
  bars: SectorBar[]
  by: 'investment' | 'count'
  source: string
  /** The filters the chart is drawn under (all but the sector filter), in words; '' for none. */
  filter: string
  onSelect: (sector: Sector) => void
  onMeasure: (by: 'investment' | 'count') => void
}

/**
 * Investment (or project count) by sector; a bar click toggles that sector in the filters. A sector
 * whose projects state no amount gets no bar but the words "amount not stated": a sliver would read as
 * "no investment". The caveat (how few projects state an amount) is on screen and in an export.
 * Memoised: it re-renders only when its bars change, never on a keystroke that leaves them alone.
 */
/**
 * What the sums leave out, in the chart and in its exported image: nothing when every project shows
 * states its amount, "none of them" when none does (not "only 0 of 5"), else how few do.
 */
function investmentCaveat(stated: number, total: number, t: T): string | undefined {
  if (total === 0 || stated === total) return undefined
  return stated === 0
    ? t('charts.investmentNone', { total })
    : t('charts.investmentCaveat', { stated, total })
}

export const SectorChart = memo(function SectorChart({
  bars,
  by,
  source,
  filter,
  onSelect,
  onMeasure,
}: SectorProps) {
  const { t, lang } = useT(messages)
  const byCount = by === 'count'
  const format = (v: number) => formatQuantity(v, byCount ? '个' : '亿元', lang)
  const data = useMemo(
    () =>
      bars.map((b) => {
        const stated = byCount || b.withInvestment > 0
        const value = byCount ? b.count : b.investment
        return {
          key: b.sector,
          label: sectorLabel(b.sector, lang),
          value: stated ? value : 0,
          text: stated ? formatQuantity(value, byCount ? '个' : '亿元', lang) : t('charts.notStated'),
          selected: b.selected,
        }
      }),
    [bars, byCount, lang, t],
  )
  const stated = bars.reduce((n, b) => n + b.withInvestment, 0)
  const total = bars.reduce((n, b) => n + b.count, 0)
  return (
    <CategoryChart
      name="projects-by-sector"
      title={t(byCount ? 'charts.bySectorCount' : 'charts.bySector')}
      unit={t(byCount ? 'charts.unitCount' : 'charts.unitInvestment')}
      note={t('charts.bySectorNote')}
      caveat={byCount ? undefined : investmentCaveat(stated, total, t)}
      filter={filter}
      summaryKey="charts.summarySector"
      source={source}
      data={data}
      color="c1"
      format={format}
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

type StageProps = { bars: StageBar[]; source: string; filter: string; onSelect: (stage: Stage) => void }

/** Named projects by stage; a bar click toggles that stage in the filters. */
export const StageChart = memo(function StageChart({ bars, source, filter, onSelect }: StageProps) {
  const { t, lang } = useT(messages)
  const data = useMemo(
    () =>
      bars.map((b) => ({
        key: b.stage,
        label: stageLabel(b.stage, lang),
        value: b.count,
        text: formatQuantity(b.count, '个', lang),
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
      filter={filter}
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
  caveat?: string | undefined
  filter: string
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
    rows: p.data.map((d) => ({ label: d.label, value: d.text })),
  }
  const chosen = p.data.filter((d) => d.selected).map((d) => d.label)
  return (
    <ChartFrame
      name={p.name}
      title={p.title}
      unit={p.unit}
      source={p.source}
      note={p.note}
      caveat={p.caveat}
      filter={p.filter || undefined}
      summary={t(p.summaryKey, { count: p.data.length, top: top(p.data) })}
      table={table}
      actions={p.actions}
    >
      {p.data.length ? (
        <BarChart
          data={p.data}
          index="label"
          categories={[{ key: 'value', label: p.valueLabel, color: p.color, labelKey: 'text' }]}
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
