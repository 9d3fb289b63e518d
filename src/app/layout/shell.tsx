import { lazy, type ReactNode, Suspense } from 'react'
import { ErrorBoundary } from '@/components/error-boundary'
import { useLatePart } from '@/components/late-part'
import { IgnoredLinkNotice, Notice } from '@/components/notice'
import { ScreenBoundary } from '@/components/screen-boundary'
import { loadCode } from '@/lib/code-load/load-code'
import { useReportChoice } from '@/lib/data/use-report'
import { useT } from '@/lib/i18n'
import { usePrefs } from '@/lib/prefs/store'
import { useStoreStatus } from '@/lib/user-data/sync'
import { Nav } from './nav'
import { PrefsControls } from './prefs-controls'

// Only a build that lists several reports shows the switcher: its code stays off the first paint.
const ReportSwitcher = lazy(() =>
  loadCode(() => import('./report-switcher')).then((m) => ({ default: m.ReportSwitcher })),
)
// Only a browser that cannot save user data gets the notice (and its words).
const StorageNotice = lazy(() =>
  loadCode(() => import('../storage/storage-notice')).then((m) => ({ default: m.StorageNotice })),
)

// 打印简报 and 复制链接: their code loads once the page is up, so the first paint carries none of it (the
// prerendered header has no button; it appears after hydration). Until then the header holds their room,
// the two labels unseen in the buttons' shape (../share/header-actions.tsx), or the header would rewrap
// when they came where it is just wide enough (1024 px in English, 800 in Chinese), moving the whole page
// down a line. A failed load leaves the room empty.
function LateShareLink() {
  const { t } = useT()
  const Link = useLatePart(() => import('../share/header-actions').then((m) => m.HeaderActions))
  if (Link) return <Link />
  return (
    <span className="invisible flex items-center gap-2" aria-hidden="true">
      <span className="btn">{t('share.brief')}</span>
      <span className="inline-flex items-center gap-2">
        <span className="btn">{t('share.copy')}</span>
        <span />
      </span>
    </span>
  )
}

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useT()
  const recovered = usePrefs((s) => s.recovered)
  const dismiss = usePrefs((s) => s.dismissRecovered)
  const unsaved = usePrefs((s) => s.unsaved)
  const dismissUnsaved = usePrefs((s) => s.dismissUnsaved)
  const choice = useReportChoice()
  const storage = useStoreStatus()
  return (
    <div className="flex min-h-screen flex-col">
      {/* A button, not href="#main": the hash holds the route. */}
      <button
        type="button"
        className="btn sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
        onClick={() => document.getElementById('main')?.focus()}
      >
        {t('skip')}
      </button>
      <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-line border-b bg-card px-4 py-1.5 print:hidden">
        <div className="flex items-center gap-4">
          <span className="font-bold text-accent">{t('appName')}</span>
          <Nav />
        </div>
        <div className="flex items-center gap-2">
          {choice && choice.entries.length + choice.saved.length > 1 && (
            // Without its code the switcher is left out; the report in the URL still shows.
            <ErrorBoundary fallback={() => null}>
              <Suspense fallback={null}>
                <ReportSwitcher choice={choice} />
              </Suspense>
            </ErrorBoundary>
          )}
          <LateShareLink />
          <PrefsControls />
        </div>
      </header>
      {storage.state !== 'ok' && (
        // Its own boundary: a notice whose code fails says so in its place, and the screen stays.
        <ScreenBoundary variant="inline">
          <Suspense fallback={null}>
            <StorageNotice status={storage} />
          </Suspense>
        </ScreenBoundary>
      )}
      {recovered && (
        <div className="px-4 pt-2">
          <Notice onDismiss={dismiss}>{t('prefsRecovered')}</Notice>
        </div>
      )}
      {unsaved && (
        <div className="px-4 pt-2">
          <Notice onDismiss={dismissUnsaved}>{t('prefsUnsaved')}</Notice>
        </div>
      )}
      <IgnoredLinkNotice className="px-4 pt-2 print:hidden" />
      <main id="main" tabIndex={-1} className="flex-1 px-4 py-3 outline-none">
        {children}
      </main>
    </div>
  )
}
