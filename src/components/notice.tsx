import type { ReactNode } from 'react'
import { useT } from '@/lib/i18n'
import { usePrefs } from '@/lib/prefs/store'
import type { Rejected } from '@/lib/routes/params'

type Props = { children: ReactNode; onDismiss?: () => void; tone?: 'warn' | 'info' }

/** A visible, polite message about something the app recovered from. */
export function Notice({ children, onDismiss, tone = 'warn' }: Props) {
  const { t } = useT()
  return (
    <div
      role="status"
      className={`notice notice-${tone} flex items-center justify-between gap-3 rounded px-3 py-2 text-sm`}
    >
      <span>{children}</span>
      {onDismiss && (
        <button type="button" className="btn" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      )}
    </div>
  )
}

/** Tells the user which link parameters were ignored. Renders nothing when all were read. */
export function ParamNotice({ rejected, onDismiss }: { rejected: Rejected[]; onDismiss?: () => void }) {
  const { t } = useT()
  if (!rejected.length) return null
  return (
    <Notice onDismiss={onDismiss}>
      {t('badParams', { params: rejected.map((r) => `${r.key}=${r.value}`).join(', ') })}
    </Notice>
  )
}

/**
 * A shared link's `?lang=` or `?theme=` the app could not take (src/app/shared-params.tsx), until
 * dismissed: in the shell, and on the deck, which has none.
 */
export function IgnoredLinkNotice({ className }: { className?: string }) {
  const ignored = usePrefs((s) => s.ignoredLink)
  const dismiss = usePrefs((s) => s.dismissIgnoredLink)
  if (!ignored.length) return null
  return (
    <div className={className}>
      <ParamNotice rejected={ignored} onDismiss={dismiss} />
    </div>
  )
}
