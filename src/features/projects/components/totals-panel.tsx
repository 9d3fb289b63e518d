import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { Panel } from '@/components/panel'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { reportModel } from '@/lib/report-model'
import { messages } from '../i18n'
import type { InvestmentComparison } from '../model/totals'

/**
 * Honest totals: what the report states beside what the listed projects add up to, marked derived.
 * The two are different kinds of total, so neither a share nor a difference of them is shown. Below,
 * the dataset's derived figures about the stage counts, each with its caveat in plain sight.
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
            <>
              <dt>{t('totals.investmentNamed', { count: inv.namedCount })}</dt>
              <dd className="flex justify-end">
                <DerivedFigure
                  item={inv.sum}
                  report={report}
                  label={t('totals.investmentNamed', { count: inv.namedCount })}
                  valueClassName="font-semibold"
                />
              </dd>
            </>
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
            {d.note && <dd className="col-span-2 -mt-0.5 mb-1 text-muted text-xs">{d.note[lang]}</dd>}
          </div>
        ))}
      </dl>
    </Panel>
  )
}
