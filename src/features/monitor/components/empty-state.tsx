import { useT } from '@/lib/i18n'
import { messages } from '../i18n'

type Props = { year: number; busy: boolean; onExample: () => void; onEntry: () => void }

/** No figures yet: what to do, in the order staff do it, and a first look with invented figures. */
export function EmptyState({ year, busy, onExample, onEntry }: Props) {
  const { t } = useT(messages)
  return (
    <section className="card flex flex-col gap-3 p-4" aria-labelledby="monitor-empty" data-monitor-empty="">
      <h2 id="monitor-empty" className="font-semibold text-lg">
        {t('empty.title', { year })}
      </h2>
      <ol className="flex list-decimal flex-col gap-1 pl-5 text-sm">
        <li>{t('empty.step1')}</li>
        <li>{t('empty.step2')}</li>
        <li>
          {t('empty.step3')}{' '}
          <button type="button" className="link" onClick={onEntry}>
            {t('toolbar.entry')}
          </button>
        </li>
      </ol>
      <p className="text-muted text-sm">{t('empty.where')}</p>
      <div className="flex flex-wrap items-center gap-2 border-line border-t pt-3">
        <button type="button" className="btn" disabled={busy} onClick={onExample} data-try-example="">
          {t('empty.tryExample')}
        </button>
        <span className="text-muted text-xs">{t('empty.exampleNote')}</span>
      </div>
    </section>
  )
}
