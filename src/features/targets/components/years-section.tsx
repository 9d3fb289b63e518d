import { useMemo } from 'react'
import { Panel } from '@/components/panel'
import { SourceButton } from '@/components/source-button'
import { StatedFigure } from '@/components/stated-figure'
import { sameCounty, useReports } from '@/lib/data/use-reports'
import type { Report } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { type Stated, type TargetCheck, targetChecksOf, yearsOf } from '@/lib/report-model/years'
import { messages } from '../i18n'

/**
 * 历年目标与完成 (issue 13): each year's target, as that year's report set it, against the result the
 * next year's report states, per indicator, met or not. Only for a county with two or more reports
 * of consecutive years; loaded apart, with those reports.
 */
export function YearsSection({ report }: { report: Report }) {
  const { t } = useT(messages)
  const { reports, pending } = useReports((e) => sameCounty(e, report))
  const checks = useMemo(() => targetChecksOf(yearsOf(report, reports)), [report, reports])
  if (pending || !checks.length) return null
  const years = [...new Set(checks.map((c) => c.year))]
  return (
    <Panel title={t('years.title')} id="targets-years">
      <p className="m-0 text-muted text-sm">{t('years.intro')}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" aria-labelledby="targets-years-title">
          <thead>
            <tr className="border-line border-b">
              {(['indicator', 'target', 'result', 'gap', 'metCol'] as const).map((c) => (
                <th
                  key={c}
                  scope="col"
                  className={c === 'indicator' ? 'px-2 py-1 text-left' : 'px-2 py-1 text-right'}
                >
                  {t(`years.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          {years.map((year) => (
            <tbody key={year}>
              <tr>
                <th colSpan={5} scope="rowgroup" className="bg-line/40 px-2 py-1 text-left font-semibold">
                  {t('years.year', { year })}
                </th>
              </tr>
              {checks
                .filter((c) => c.year === year)
                .map((c) => (
                  <CheckRow key={`${c.year}:${c.key}`} check={c} shownId={report.id} />
                ))}
            </tbody>
          ))}
        </table>
      </div>
    </Panel>
  )
}

function CheckRow({ check: c, shownId }: { check: TargetCheck; shownId: string }) {
  const { t, lang } = useT(messages)
  const label = c.label[lang]
  const rate = (v: number) => formatQuantity(v, '%', lang, { rate: true })
  return (
    <tr className="border-line border-b last:border-0" data-check={`${c.year}:${c.key}`}>
      <th scope="row" className="px-2 py-1 text-left font-normal">
        {label}
      </th>
      <td className="px-2 py-1 text-right">
        <FromReport
          stated={c.target}
          shownId={shownId}
          label={t('years.targetOf', { label, year: c.year })}
        />
      </td>
      <td className="px-2 py-1 text-right">
        {c.result ? (
          <FromReport
            stated={c.result}
            shownId={shownId}
            label={t('years.resultOf', { label, year: c.year })}
          />
        ) : (
          <span className="text-muted">{t('years.notReported')}</span>
        )}
      </td>
      <td className="px-2 py-1 text-right">
        {c.gap !== undefined && c.result ? (
          <span className="inline-flex items-center gap-1">
            {formatQuantity(c.gap, '百分点', lang, { signed: true, decimals: 1 })}
            <SourceButton
              label={t('years.gapOf', { label, year: c.year })}
              detail={t('years.formula', {
                result: rate(c.result.fact.value),
                target: rate(c.target.fact.value),
                gap: formatQuantity(c.gap, '百分点', lang, { signed: true, decimals: 1 }),
              })}
            />
          </span>
        ) : (
          '—'
        )}
      </td>
      <td
        className="px-2 py-1 text-right font-semibold"
        data-met={c.met === null ? 'unknown' : String(c.met)}
      >
        {c.met === null ? (
          <span className="text-muted">{t('years.unknown')}</span>
        ) : c.met ? (
          <span className="text-good">
            <span aria-hidden="true">✓ </span>
            {t('years.met')}
          </span>
        ) : (
          <span className="text-bad">
            <span aria-hidden="true">✗ </span>
            {t('years.notMet')}
          </span>
        )}
      </td>
    </tr>
  )
}

/** A rate as one report states it, and which report that is. */
function FromReport({ stated, shownId, label }: { stated: Stated; shownId: string; label: string }) {
  const { t, lang } = useT(messages)
  return (
    <>
      <StatedFigure
        fact={stated.fact}
        reportId={stated.reportId}
        title={stated.title}
        shownId={shownId}
        label={label}
        rate
      />
      <span className="block text-muted text-xs">{t('years.from', { title: stated.title[lang] })}</span>
    </>
  )
}
