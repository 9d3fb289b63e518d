import { useQueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useReport } from '@/lib/data/use-report'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { DataErrorPanel } from './data-error-panel'

/** Renders children with the loaded report; a status while loading; a clear error if it fails. */
export function ReportGate({ children }: { children: (report: Report, file: string) => ReactNode }) {
  const state = useReport()
  const { t } = useT()
  const client = useQueryClient()
  if (state.status === 'pending')
    return (
      <p role="status" className="p-6 text-[var(--muted)]">
        {t('loading')}
      </p>
    )
  if (state.status === 'error')
    return (
      <DataErrorPanel error={state.error} onRetry={() => void client.resetQueries({ queryKey: ['data'] })} />
    )
  return <>{children(state.report, state.file)}</>
}
