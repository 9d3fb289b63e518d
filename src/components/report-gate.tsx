import { useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useDeferredValue } from 'react'
import { useReport } from '@/lib/data/use-report'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { DataErrorPanel } from './data-error-panel'
import { Notice } from './notice'

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
    return (
      <DataErrorPanel error={state.error} onRetry={() => void client.resetQueries({ queryKey: ['data'] })} />
    )
  if (state.status === 'pending' || report === null || report !== live)
    return (
      <p role="status" className="p-6 text-muted">
        {t('loading')}
      </p>
    )
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
