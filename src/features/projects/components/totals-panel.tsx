import { Panel } from '@/components/panel'
import { Quantity } from '@/components/quantity'
import { SourceButton } from '@/components/source-button'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { pipelineDerived } from '../model/totals'
import type { ProjectsView } from '../model/view'
import { DerivedValue } from './derived-value'

/**
 * Honest totals: what the report states next to what the listed projects add up to, with the share
 * and the gap, all marked derived. Recomputed for the filtered list; the report's derived items are
 * used when the list is exactly their inputs.
 */
export function TotalsPanel({ report, view }: { report: Report; view: ProjectsView }) {
  const { t, lang } = useT('projects')
  const inv = view.investment
  const stageItems = pipelineDerived(report)
  return (
    <Panel id="projects-totals" title={t('totals.title')}>
      {inv && (
        <dl className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1 text-sm">
          <dt>{t('totals.investmentStated')}</dt>
          <dd className="flex items-center justify-end gap-1">
            <Quantity
              value={inv.stated.value}
              unit={inv.stated.unit}
              className="font-semibold tabular-nums"
            />
            <SourceButton id={inv.stated.id} label={inv.stated.label[lang]} quote={inv.stated.quote} />
          </dd>
          {inv.namedCount ? (
            <>
              <dt>{t('totals.investmentNamed', { count: inv.namedCount })}</dt>
              <dd className="flex justify-end">
                <DerivedValue
                  figure={inv.sum}
                  label={t('totals.investmentNamed', { count: inv.namedCount })}
                />
              </dd>
              <dt>{t('totals.investmentShare')}</dt>
              <dd className="flex justify-end">
                <DerivedValue figure={inv.share} label={t('totals.investmentShare')} />
              </dd>
              <dt>{t('totals.investmentDifference')}</dt>
              <dd className="flex justify-end">
                <DerivedValue figure={inv.difference} label={t('totals.investmentDifference')} />
              </dd>
            </>
          ) : (
            <dd className="col-span-2 text-[var(--muted)]">{t('totals.none')}</dd>
          )}
        </dl>
      )}
      {inv && inv.namedCount > 0 && (
        <p className="text-[var(--muted)] text-xs">
          {t('totals.investmentNote', { unstated: inv.unstatedCount })}
        </p>
      )}
      <h3 className="mt-1 font-semibold text-sm">{t('totals.pipelineTitle')}</h3>
      <dl className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1 text-sm">
        {stageItems.map((d) => (
          <div key={d.item?.id} className="contents">
            <dt>{d.item?.label[lang]}</dt>
            <dd className="flex justify-end">
              <DerivedValue figure={d} label={d.item?.label[lang] ?? ''} />
            </dd>
          </div>
        ))}
      </dl>
    </Panel>
  )
}
