import { DataError } from '@/lib/dataset/errors'
import { useT } from '@/lib/i18n'

const SHOWN = 5

/** A data problem, said plainly: which file, which field, what is wrong. Never a blank page. */
export function DataErrorPanel({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useT()
  const data = error instanceof DataError ? error : null
  return (
    <div role="alert" className="card mx-auto my-6 flex max-w-3xl flex-col gap-3 border-danger p-5">
      <h2 className="font-semibold text-danger text-lg">{t('dataError.title')}</h2>
      <p>{data ? t(`dataError.${data.kind}`) : t('dataError.unknown')}</p>
      {data ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-muted">{t('dataError.file')}</dt>
          <dd>
            <code>{data.file}</code>
          </dd>
          {data.issues.slice(0, SHOWN).map((issue) => (
            <div key={`${issue.path}:${issue.message}`} className="contents">
              <dt className="text-muted">{t('dataError.field')}</dt>
              <dd>
                {issue.path && <code>{issue.path}</code>} {issue.message}
              </dd>
            </div>
          ))}
          {data.issues.length > SHOWN && (
            <dd className="col-span-2 text-muted">
              {t('dataError.more', { count: data.issues.length - SHOWN })}
            </dd>
          )}
        </dl>
      ) : (
        <p className="text-sm">
          <code>{error.message}</code>
        </p>
      )}
      {onRetry && (
        <button type="button" className="btn self-start" onClick={onRetry}>
          {t('dataError.retry')}
        </button>
      )}
    </div>
  )
}
