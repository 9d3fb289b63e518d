import { Fragment } from 'react'
import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { Panel } from '@/components/panel'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { reportModel } from '@/lib/report-model'
import { messages } from '../i18n'
import type { InvestmentComparison } from '../model/totals'

/**
 * Honest totals: what the report states next to what the listed projects add up to, with the share
 * and the gap, all marked derived. Recomputed for the filtered list; the report's derived items are
 * used when the list is exactly their inputs.
 */
type Props = { report: Report; investment: InvestmentComparison | null }

export function TotalsPanel({ report, investment: inv }: Props) {
  const { t, lang } = useT(messages)
  const stageItems = reportModel(report).pipeline.derived
  return (
    <Panel id="projects-totals" title={t('totals.title')}>
      {inv && (
        <dl className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1 text-sm">
          <dt>{t('totals.investmentStated')}</dt>
          <dd className="flex justify-end">
            <FactFigure fact={inv.stated} valueClassName="font-semibold tabular-nums" />
          </dd>
          {inv.namedCount ? (
            [
              { item: inv.sum, label: t('totals.investmentNamed', { count: inv.namedCount }) },
              { item: inv.share, label: t('totals.investmentShare') },
              { item: inv.difference, label: t('totals.investmentDifference') },
            ].map(({ item, label }) => (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd className="flex justify-end">
                  <DerivedFigure item={item} report={report} label={label} valueClassName="font-semibold" />
                </dd>
              </Fragment>
            ))
          ) : (
            <dd className="col-span-2 text-muted">{t('totals.none')}</dd>
          )}
        </dl>
      )}
      {inv && inv.namedCount > 0 && (
        <p className="text-muted text-xs">{t('totals.investmentNote', { unstated: inv.unstatedCount })}</p>
      )}
      <h3 className="mt-1 font-semibold text-sm">{t('totals.pipelineTitle')}</h3>
      <dl className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1 text-sm">
        {stageItems.map((d) => (
          <div key={d.id} className="contents">
            <dt>{d.label[lang]}</dt>
            <dd className="flex justify-end">
              <DerivedFigure item={d} report={report} valueClassName="font-semibold" />
            </dd>
          </div>
        ))}
      </dl>
    </Panel>
  )
}
