import type { ReactNode } from 'react'
import { isCodeLoadError } from '@/lib/code-load/errors'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { ErrorBoundary } from './error-boundary'
import { ScreenError } from './screen-boundary'

type Props = {
  title?: ReactNode
  /** Extra controls in the header (export buttons, view toggles). */
  actions?: ReactNode
  className?: string
  children: ReactNode
  id?: string
}

/** A card with a heading; an error inside shows in the card and spares the rest of the page. */
export function Panel({ title, actions, className, children, id }: Props) {
  return (
    <section
      className={cx('card flex min-w-0 flex-col gap-2 p-3', className)}
      aria-labelledby={id && title ? `${id}-title` : undefined}
    >
      {(title || actions) && (
        <header className="flex items-center justify-between gap-2">
          {title && (
            <h2 id={id ? `${id}-title` : undefined} className="font-semibold text-base text-fg">
              {title}
            </h2>
          )}
          {actions && <div className="flex shrink-0 items-center gap-1">{actions}</div>}
        </header>
      )}
      <ErrorBoundary fallback={(error, reset) => <PanelError error={error} reset={reset} />}>
        {children}
      </ErrorBoundary>
    </section>
  )
}

export function PanelError({ error, reset }: { error: Error; reset: () => void }) {
  const { t } = useT()
  // Code that did not arrive is not fixed by rendering again: that takes a reload.
  if (isCodeLoadError(error)) return <ScreenError error={error} variant="inline" />
  return (
    <div role="alert" className="flex flex-col items-start gap-1 rounded border border-danger p-2 text-sm">
      <strong className="text-danger">{t('panelError.title')}</strong>
      <span className="text-muted">
        {t('panelError.body')} ({error.message})
      </span>
      <button type="button" className="btn" onClick={reset}>
        {t('panelError.retry')}
      </button>
    </div>
  )
}
