import { type ReactNode, useEffect, useState } from 'react'
import { useLocation } from 'wouter'
import { isCodeLoadError, type Recovery, recoverFromCodeError } from '@/lib/code-load'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import { useScreenCommitted } from '@/lib/routes/screen-committed'
import { ErrorBoundary } from './error-boundary'
import { Loading } from './loading'
import { RouteLink } from './route-link'

/** 'screen' in a screen's place, 'inline' in a part's (a panel, a slide), 'line' in one row of a card. */
type Variant = 'screen' | 'inline' | 'line'

/**
 * Around every lazily loaded screen (and the deck): a screen whose code does not arrive, or that
 * crashes, shows a message with a way out instead of leaving a white page. Going elsewhere (Back, a
 * nav link) clears it.
 */
export function ScreenBoundary({ children, variant = 'screen' }: { children: ReactNode; variant?: Variant }) {
  const [path] = useLocation()
  return (
    <ErrorBoundary resetKey={path} fallback={(error) => <ScreenError error={error} variant={variant} />}>
      {children}
    </ErrorBoundary>
  )
}

type State = Recovery | 'checking' | 'crash'

/**
 * What failed and what to do. Code that did not load (a redeploy, the network) reloads the page by
 * itself once (src/lib/code-load/recover.ts); when that cannot help it says why, and offers a reload
 * (automatic when the network comes back) and the way back to the Overview, whose code is always there.
 */
export function ScreenError({ error, variant = 'screen' }: { error: Error; variant?: Variant }) {
  const { t } = useT()
  const code = isCodeLoadError(error)
  const [state, setState] = useState<State>(code ? 'checking' : 'crash')
  useScreenCommitted(variant === 'screen') // the screen's place is taken: what was clicked early applies now
  useEffect(() => {
    if (!code) return
    let live = true
    void recoverFromCodeError(error).then((s) => live && setState(s))
    return () => {
      live = false
    }
  }, [code, error])
  useEffect(() => {
    if (state !== 'offline') return
    const online = () => location.reload()
    addEventListener('online', online)
    return () => removeEventListener('online', online)
  }, [state])

  if (variant === 'line') {
    // A row of a card (one per card, each from the same chunk): a short word, the reason on hover; the
    // way out is the page's (a reload) or the screen's own message beside it.
    if (state === 'checking' || state === 'reloading') return null
    return (
      <span className="text-danger text-xs" title={t(`codeError.${state}`)}>
        {t('codeError.part')}
      </span>
    )
  }
  if (state === 'checking' || state === 'reloading') return <Loading text={t('codeError.reloading')} />
  const Heading = variant === 'screen' ? 'h1' : 'h2'
  return (
    <div
      role="alert"
      className={cx(
        'flex flex-col items-start gap-3 rounded border border-danger',
        variant === 'screen' ? 'card mx-auto my-6 max-w-2xl p-5' : 'p-3 text-sm',
      )}
    >
      <Heading className="font-semibold text-danger text-lg">{t('codeError.title')}</Heading>
      <p>{t(`codeError.${state}`)}</p>
      {state === 'crash' && <p className="break-all text-muted text-sm">{error.message.slice(0, 200)}</p>}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="btn" onClick={() => location.reload()}>
          {t('codeError.reload')}
        </button>
        <RouteLink to={routes.overview()} className="link">
          {t('codeError.home')}
        </RouteLink>
      </div>
    </div>
  )
}
