import type { TFunction } from '@/lib/i18n'
import type { MessageKey } from '@/lib/i18n/translate'
import type { RowIssue } from '@/lib/imports/types'
import type catalog from './locales/zh.json'

type Key = MessageKey<typeof catalog>

/** Where an issue is, as the user finds it in their file: sheet, row, column letter and header. */
export function issuePlace(issue: RowIssue, t: TFunction<Key>, sheets: number): string {
  const parts: string[] = []
  if (sheets > 1) parts.push(t('issue.where.sheet', { sheet: issue.sheet }))
  if (issue.row > 0) parts.push(t('issue.where.row', { row: issue.row }))
  if (issue.column)
    parts.push(
      issue.header
        ? t('issue.where.column', { column: issue.column, header: issue.header })
        : t('issue.where.columnOnly', { column: issue.column }),
    )
  return parts.join(' · ')
}

/** What is wrong, in the reader's language, from the issue's code and parameters. */
export function issueReason(issue: RowIssue, t: TFunction<Key>): string {
  // ICU `select` needs a value for an optional parameter: 'none' when the reader gave no suggestion.
  const params = { suggestion: 'none', ...issue.params }
  return t(`issue.${issue.code}`, params)
}
