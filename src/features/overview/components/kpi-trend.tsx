import { useMemo } from 'react'
import { SourceButton } from '@/components/source-button'
import { sameCounty, useReports } from '@/lib/data/use-reports'
import type { Report } from '@/lib/dataset/schema'
import { decimalsOf, formatNumber, formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { indicatorKey, trendsOf, yearsOf } from '@/lib/report-model/years'
import { trendLine } from '../model/trend-line'
import { trendMessages } from '../trend-i18n'

/**
 * A KPI card's years (issue 13): the growth each of the county's reports states for its review year,
 * as dots, with every figure's quote and report behind the info mark. Loaded only when there is more
 * than one report; renders nothing for a county with one year.
 */
export function KpiTrend({ report, id }: { report: Report; id: string }) {
  const { t, lang } = useT(trendMessages)
  const { reports } = useReports((e) => sameCounty(e, report))
  const indicator = report.indicators.find((i) => i.id === id)
  const trend = useMemo(
    () => (indicator ? trendsOf(yearsOf(report, reports)).get(indicatorKey(indicator)) : undefined),
    [report, reports, indicator],
  )
  if (!trend || trend.points.length < 2 || !indicator) return null
  const line = trendLine(trend, report.year - 1)
  const rate = (v: number) => formatQuantity(v, '%', lang, { rate: true })
  const said = line.dots.map((d) => t('point', { year: d.year, value: rate(d.value) })).join(t('sep'))
  const label = indicator.label[lang]
  return (
    <div
      className="flex h-6 min-w-0 items-center gap-1.5 overflow-hidden whitespace-nowrap 2xl:h-8"
      data-trend={id}
    >
      <span className="shrink-0 text-muted text-xs 2xl:text-base">{t('label')}</span>
      <svg
        role="img"
        aria-label={t('aria', { label, points: said })}
        width={line.width}
        height={line.height}
        viewBox={`0 0 ${line.width} ${line.height}`}
        className="shrink-0 overflow-visible"
      >
        {line.zeroY !== null && (
          <line
            x1={0}
            x2={line.width}
            y1={line.zeroY}
            y2={line.zeroY}
            className="stroke-line"
            strokeWidth={1}
          />
        )}
        <polyline
          points={line.dots.map((d) => `${d.x},${d.y}`).join(' ')}
          fill="none"
          className="stroke-muted"
          strokeWidth={1.25}
        />
        {line.dots.map((d) => (
          <circle
            key={d.year}
            cx={d.x}
            cy={d.y}
            r={d.current ? 3 : 2.25}
            className={d.current ? 'fill-c1 stroke-fg' : 'fill-card stroke-fg'}
            strokeWidth={1}
          >
            <title>{t('point', { year: d.year, value: rate(d.value) })}</title>
          </circle>
        ))}
      </svg>
      <span className="min-w-0 truncate text-xs tabular-nums 2xl:text-base" aria-hidden="true">
        {t('short', {
          from: String(line.dots[0]?.year ?? '').slice(2),
          to: String(line.dots.at(-1)?.year ?? '').slice(2),
          // One decimal like every growth rate, more where the report states more (6.25 stays 6.25).
          values: line.dots
            .map((d) => formatNumber(d.value, lang, Math.max(1, decimalsOf(d.value))))
            .join(' · '),
        })}
      </span>
      <SourceButton
        label={t('sourceOf', { label })}
        items={trend.points.map((p) => ({
          id: p.growth.fact.id,
          heading: t('heading', { year: p.year, title: p.growth.title[lang] }),
          quote: p.growth.fact.quote,
          report: p.growth.reportId === report.id ? undefined : p.growth.reportId,
        }))}
        className="ml-auto shrink-0"
      />
    </div>
  )
}
