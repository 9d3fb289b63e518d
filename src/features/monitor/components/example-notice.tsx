import { ExampleBadge } from '@/components/status'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'

type Props = { hidden: boolean; busy: boolean; onRemove: () => void }

/**
 * Invented figures on screen (or kept but hidden behind real ones) say so above everything, with the
 * one action that removes them.
 */
export function ExampleNotice({ hidden, busy, onRemove }: Props) {
  const { t } = useT(messages)
  return (
    <div
      role="note"
      className="flex flex-wrap items-center gap-2 rounded border-2 border-st-yellow border-dashed px-3 py-1.5 text-sm"
      data-example-notice={hidden ? 'hidden' : 'shown'}
    >
      <ExampleBadge />
      <span>{hidden ? t('example.hidden') : t('example.shown')}</span>
      <button type="button" className="btn" disabled={busy} onClick={onRemove}>
        {t('example.remove')}
      </button>
    </div>
  )
}
