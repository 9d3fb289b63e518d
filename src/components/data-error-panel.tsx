import { isCodeLoadError } from '@/lib/code-load/errors'
import { DataError } from '@/lib/dataset/errors'
import { clip } from '@/lib/format/clip'
import { defineCatalog, useT } from '@/lib/i18n'
import en from './data-error-locales/en.json?catalog'
import type catalog from './data-error-locales/zh.json'
import zh from './data-error-locales/zh.json?catalog'
import { ScreenError } from './screen-boundary'

const SHOWN = 5
// The panel's own words: it loads only when data fails (./report-gate.tsx), and its words with it.
const messages = defineCatalog<typeof catalog>('dataError', { zh, en })

/** A data problem, said plainly: which file, which field, what is wrong. Never a blank page. */
export function DataErrorPanel({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t, lang } = useT(messages)
  // The data checks are code loaded on demand: when that code is missing, a reload is the way out.
  if (isCodeLoadError(error)) return <ScreenError error={error} />
  const data = error instanceof DataError ? error : null
  return (
    <div role="alert" className="card mx-auto my-6 flex max-w-3xl flex-col gap-3 border-danger p-5">
      <h2 className="font-semibold text-danger text-lg">{t('title')}</h2>
      <p>{data ? t(data.kind) : t('unknown')}</p>
      {data ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm wrap-anywhere">
          <dt className="text-muted">{t('file')}</dt>
          <dd>
            <code>{clip(data.file, 120)}</code>
          </dd>
          {data.issues.slice(0, SHOWN).map((issue) => (
            <div key={`${issue.path}:${issue.message}`} className="contents">
              <dt className="text-muted">{t('field')}</dt>
              <dd>
                {issue.path && <code>{clip(issue.path, 120)}</code>}{' '}
                {clip(issue.text?.[lang] ?? issue.message, 400)}
              </dd>
            </div>
          ))}
          {data.issues.length > SHOWN && (
            <dd className="col-span-2 text-muted">{t('more', { count: data.issues.length - SHOWN })}</dd>
          )}
        </dl>
      ) : (
        <p className="text-sm wrap-anywhere">
          <code>{clip(error.message, 400)}</code>
        </p>
      )}
      {onRetry && (
        <button type="button" className="btn self-start" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  )
}
