import { useT } from '@/lib/i18n'
import { messages } from './i18n'

/**
 * "已更新，点此刷新": a new version has installed beside the one this page runs. The page keeps the old
 * version's code (never a mix of two builds) until the reader chooses to reload.
 */
export function UpdateBanner({ onReload }: { onReload: () => void }) {
  const { t } = useT(messages)
  return (
    <div
      role="status"
      className="-translate-x-1/2 fixed bottom-3 left-1/2 z-50 flex max-w-[calc(100vw-1.5rem)] items-center gap-3 rounded border border-line bg-card px-3 py-2 text-fg shadow-lg print:hidden"
    >
      <span className="text-muted text-sm">{t('hint')}</span>
      <button type="button" className="btn shrink-0 font-semibold" onClick={onReload}>
        {t('ready')}
      </button>
    </div>
  )
}
