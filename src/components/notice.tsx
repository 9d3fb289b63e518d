import type { ReactNode } from 'react'
import { useT } from '@/lib/i18n'

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
export function ParamNotice({ rejected }: { rejected: { key: string; value: string }[] }) {
  const { t } = useT()
  if (!rejected.length) return null
  return <Notice>{t('badParams', { params: rejected.map((r) => `${r.key}=${r.value}`).join(', ') })}</Notice>
}
