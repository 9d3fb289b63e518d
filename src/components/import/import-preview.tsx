import { type ReactNode, useId, useState } from 'react'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import type { RowIssue } from '@/lib/imports/types'
import { importMessages } from './i18n'
import { issuePlace, issueReason } from './issue-text'

type Props = {
  file: string
  /** Rows that will be imported (the caller's table of them goes in `children`). */
  accepted: number
  issues: readonly RowIssue[]
  /** Sheets read: with more than one, every issue names its sheet. */
  sheets: number
  onConfirm: () => void
  onCancel: () => void
  busy?: boolean
  /** Controls between the summary and the rows (e.g. "take the file's figures over the saved ones"). */
  options?: ReactNode
  children?: ReactNode
}

const ORDER: Record<RowIssue['severity'], number> = { error: 0, warning: 1, skipped: 2 }

/**
 * What an import will do, before it does it: how many rows go in, and every row that does not with
 * its place in the file (sheet, row, column) and the reason. Nothing is imported until the user
 * confirms; nothing is dropped without being listed here.
 */
export function ImportPreview(p: Props) {
  const { t } = useT(importMessages)
  const titleId = useId()
  const [showSkipped, setShowSkipped] = useState(false)
  const count = (s: RowIssue['severity']) => p.issues.filter((i) => i.severity === s).length
  const sorted = [...p.issues].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.row - b.row)
  const shown = showSkipped ? sorted : sorted.filter((i) => i.severity !== 'skipped')
  const skipped = count('skipped')
  return (
    <section aria-labelledby={titleId} className="card flex flex-col gap-3 p-3" data-import-preview="">
      <h2 id={titleId} className="font-semibold text-base">
        {t('preview.title', { file: p.file })}
      </h2>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm" role="status">
        <strong className="text-good">{t('preview.accepted', { count: p.accepted })}</strong>
        <span className={count('error') ? 'font-semibold text-danger' : 'text-muted'}>
          {t('preview.rejected', { count: count('error') })}
        </span>
        {count('warning') > 0 && <span>{t('preview.warnings', { count: count('warning') })}</span>}
        {skipped > 0 && <span className="text-muted">{t('preview.skipped', { count: skipped })}</span>}
      </p>
      {p.options}
      {p.accepted === 0 && <p className="text-sm">{t('preview.nothing')}</p>}
      {p.children}
      {p.issues.length > 0 && (
        <div className="flex flex-col gap-1">
          <h3 className="font-semibold text-sm">{t('preview.issuesTitle')}</h3>
          <ul className="flex max-h-64 flex-col gap-0.5 overflow-y-auto text-sm" data-import-issues="">
            {shown.map((issue, i) => (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id; the list is static
                key={i}
                className="flex flex-wrap gap-x-2"
                data-severity={issue.severity}
              >
                <span
                  className={cx(
                    'badge',
                    issue.severity === 'error'
                      ? 'text-danger'
                      : issue.severity === 'warning'
                        ? 'text-bad'
                        : 'text-muted',
                  )}
                >
                  {t(`issue.severity.${issue.severity}`)}
                </span>
                <span className="text-muted">{issuePlace(issue, t, p.sheets)}</span>
                <span>{issueReason(issue, t)}</span>
              </li>
            ))}
          </ul>
          {skipped > 0 && (
            <button
              type="button"
              className="link self-start text-xs"
              onClick={() => setShowSkipped((v) => !v)}
            >
              {showSkipped ? t('preview.hideSkipped') : t('preview.showSkipped', { count: skipped })}
            </button>
          )}
        </div>
      )}
      <div className="flex gap-2">
        <button
          type="button"
          className="btn bg-fg text-page"
          disabled={p.accepted === 0 || p.busy}
          onClick={p.onConfirm}
        >
          {t('preview.confirm', { count: p.accepted })}
        </button>
        <button type="button" className="btn" onClick={p.onCancel} disabled={p.busy}>
          {t('preview.cancel')}
        </button>
      </div>
    </section>
  )
}
