import { memo, useMemo } from 'react'
import { BarChart } from '@/components/charts/bar-chart'
import { ChartFrame } from '@/components/charts/chart-frame'
import { sectorLabel } from '@/lib/dataset/labels'
import type { Sector } from '@/lib/dataset/taxonomy'
import { formatNumber, formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import {
  type GroupBar,
  type JoinedFilters,
  type JoinedRow,
  joinedPredicate,
  planBySector,
  planByText,
  topBars,
  townOf,
  unitOf,
} from '@/lib/ledger-model'
import { ledgerMessages } from './i18n'

const TOP = 12

type Props = {
  rows: readonly JoinedRow[]
  filters: JoinedFilters
  source: string
  onSector: (s: Sector) => void
  onTown: (town: string) => void
  onUnit: (unit: string) => void
}

/**
 * Plan vs completed investment by sector, township and responsible unit. Each chart counts the rows
 * passing every filter but its own (its other bars stay clickable); a bar click toggles that filter.
 */
export const JoinedCharts = memo(function JoinedCharts(p: Props) {
  const { t, lang } = useT(ledgerMessages)
  const sectors = useMemo(
    () => planBySector(p.rows, p.filters.sector, joinedPredicate(p.filters, ['sector'])),
    [p.rows, p.filters],
  )
  const towns = useMemo(
    () => topBars(planByText(p.rows, townOf, p.filters.town, joinedPredicate(p.filters, ['town'])), TOP),
    [p.rows, p.filters],
  )
  const units = useMemo(
    () => topBars(planByText(p.rows, unitOf, p.filters.unit, joinedPredicate(p.filters, ['unit'])), TOP),
    [p.rows, p.filters],
  )
  const blank = t('filters.blank')
  return (
    <div className="grid grid-cols-1 gap-3 xl:grid-cols-3">
      <PlanChart
        name="ledger-by-sector"
        title={t('charts.bySector')}
        bars={sectors}
        label={(k) => (k === '' ? t('charts.unmappedSector') : sectorLabel(k as Sector, lang))}
        onSelect={(k) => k !== '' && p.onSector(k as Sector)}
        source={p.source}
        more={0}
      />
      <PlanChart
        name="ledger-by-town"
        title={t('charts.byTown')}
        bars={towns.shown}
        more={towns.more}
        label={(k) => k || blank}
        onSelect={p.onTown}
        source={p.source}
      />
      <PlanChart
        name="ledger-by-unit"
        title={t('charts.byUnit')}
        bars={units.shown}
        more={units.more}
        label={(k) => k || blank}
        onSelect={p.onUnit}
        source={p.source}
      />
    </div>
  )
})

type ChartProps = {
  name: string
  title: string
  bars: readonly GroupBar[]
  more: number
  label: (key: string) => string
  onSelect: (key: string) => void
  source: string
}

function PlanChart({ name, title, bars, more, label, onSelect, source }: ChartProps) {
  const { t, lang } = useT(ledgerMessages)
  const money = (v: number) => formatQuantity(v, '万元', lang)
  const pct = (v: number) => (Number.isNaN(v) ? '—' : `${formatNumber(v, lang, 1)}%`)
  const data = bars.map((b) => ({
    key: b.key,
    label: label(b.key),
    plan: b.plan,
    completed: b.completed,
    completion: b.completion,
    selected: b.selected,
  }))
  const best = [...bars].sort((a, b) => b.plan - a.plan)[0]
  const table = {
    columns: [
      { key: 'label', label: t('charts.group') },
      { key: 'plan', label: t('charts.plan'), numeric: true },
      { key: 'completed', label: t('charts.completed'), numeric: true },
      { key: 'completion', label: t('charts.completion'), numeric: true },
      { key: 'count', label: t('charts.count'), numeric: true },
    ],
    rows: bars.map((b) => ({
      label: label(b.key),
      plan: money(b.plan),
      completed: money(b.completed),
      completion: pct(b.completion),
      count: t('charts.countValue', { count: b.count, withPlan: b.withPlan }),
    })),
  }
  return (
    <ChartFrame
      name={name}
      title={title}
      unit={t('charts.unit')}
      source={source}
      note={more > 0 ? t('charts.noteMore', { more }) : t('charts.note')}
      summary={t('charts.summary', {
        count: bars.length,
        top: best ? `${label(best.key)} ${money(best.plan)}` : '—',
      })}
      table={table}
    >
      {data.length ? (
        <BarChart
          data={data}
          index="label"
          categories={[
            { key: 'plan', label: t('charts.plan'), color: 'c1' },
            { key: 'completed', label: t('charts.completed'), color: 'c2', pattern: 'hatch' },
          ]}
          valueFormatter={(v) => formatQuantity(v, '万元', lang)}
          onBarClick={(row) => onSelect(String(row.key))}
          selectLabel={t('charts.filterBy', { what: title })}
          activeKeys={data.filter((d) => d.selected).map((d) => d.label)}
        />
      ) : (
        <p className="text-muted text-sm">{t('charts.none')}</p>
      )}
    </ChartFrame>
  )
}
