import { DerivedFigure } from '@/components/derived-figure'
import { LightIcon } from '@/components/status/status-light'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import type { AreaStatus } from '../model/area-status'

const SHOWN = ['green', 'yellow', 'red'] as const

/** An area's ledger projects by light (shape, word and count, never colour alone) and its completion. */
export function AreaStatusLine({ status, report }: { status: AreaStatus; report: Report }) {
  const { t } = useT(messages)
  return (
    <div className="relative z-10 flex flex-wrap items-center gap-x-3 gap-y-0.5 text-xs" data-area-status>
      <span className="font-medium">{t('ledger.title')}</span>
      {SHOWN.filter((l) => status.counts[l] > 0).map((l) => (
        <span key={l} className="inline-flex items-center gap-1">
          <LightIcon light={l} />
          {t(`ledger.light.${l}`, { count: status.counts[l] })}
        </span>
      ))}
      {status.completion && (
        <span className="inline-flex items-center gap-1">
          {t('ledger.completion')}
          <DerivedFigure
            item={status.completion}
            report={report}
            label={t('ledger.completion')}
            badge={false}
          />
        </span>
      )}
    </div>
  )
}
