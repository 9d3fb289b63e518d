import { useQueryClient } from '@tanstack/react-query'
import { lazy, type ReactNode, Suspense, useDeferredValue } from 'react'
import { isCodeLoadError } from '@/lib/code-load/errors'
import { loadCode } from '@/lib/code-load/load-code'
import { useReport } from '@/lib/data/use-report'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { Loading } from './loading'
import { Notice } from './notice'
import { ScreenError } from './screen-boundary'

// A data problem is rare: its panel's code loads when one happens. The code that fails to load is
// itself such a problem (the data checks' chunk): the screen's code message needs nothing more.
const DataErrorPanel = lazy(() =>
  loadCode(() => import('./data-error-panel')).then((m) => ({ default: m.DataErrorPanel })),
)

/** Renders children with the loaded report; a status while loading; a clear error if it fails. */
export function ReportGate({ children }: { children: (report: Report, file: string) => ReactNode }) {
  const state = useReport()
  const { t } = useT()
  const client = useQueryClient()
  // The first render of a page with its data is the heaviest work of a visit (the Overview renders
  // hundreds of formatted numbers). Deferring it lets React render it as a transition, in slices
  // that leave the main thread free between them, instead of one long blocking task (which an old
  // PC feels as a frozen page and Lighthouse counts as Total Blocking Time).
  const live = state.status === 'success' ? state.report : null
  const report = useDeferredValue(live)
  if (state.status === 'error')
    return isCodeLoadError(state.error) ? (
      <ScreenError error={state.error} />
    ) : (
      <Suspense fallback={<Loading />}>
        <DataErrorPanel
          error={state.error}
          onRetry={() => void client.resetQueries({ queryKey: ['data'] })}
        />
      </Suspense>
    )
  if (state.status === 'pending' || report === null || report !== live) return <Loading />
  return (
    <>
      {state.unknownReport && (
        <div className="mb-2">
          <Notice>{t('unknownReport', { id: state.unknownReport.slice(0, 60) })}</Notice>
        </div>
      )}
      {children(report, state.file)}
    </>
  )
}
