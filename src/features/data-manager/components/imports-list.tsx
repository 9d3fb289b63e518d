import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { formatStamp } from '@/components/status'
import { useT } from '@/lib/i18n'
import type { ImportInfo } from '@/lib/store'
import { authorOrUndefined } from '@/lib/user-data/author'
import { userStore } from '@/lib/user-data/open'
import { importsQueryOptions } from '@/lib/user-data/queries'
import { messages } from '../i18n'

/**
 * Every import, newest first, of figures and of project ledgers alike: what file, when, by whom, how
 * many rows, and whether it counts. Undo takes a whole import back in one action; redo brings it back.
 */
export function ImportsList({ reportTitles }: { reportTitles: ReadonlyMap<string, string> }) {
  const { t } = useT(messages)
  const actuals = useQuery(importsQueryOptions({ kind: 'actuals' }))
  const ledger = useQuery(importsQueryOptions({ kind: 'ledger' }))
  const [failed, setFailed] = useState(false)
  const all: ImportInfo[] = [...(actuals.data ?? []), ...(ledger.data ?? [])].sort((a, b) =>
    a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0,
  )
  const toggle = (i: ImportInfo) => async () => {
    setFailed(false)
    try {
      const store = await userStore()
      if (i.undone) await store.imports.redo(i.id, authorOrUndefined())
      else await store.imports.undo(i.id, authorOrUndefined())
    } catch {
      setFailed(true)
    }
  }
  return (
    <section className="card flex flex-col gap-2 p-3" aria-labelledby="data-imports">
      <h2 id="data-imports" className="font-semibold text-base">
        {t('imports.title')}
      </h2>
      {actuals.isPending || ledger.isPending ? (
        <p className="text-muted text-sm">{t('loading')}</p>
      ) : all.length === 0 ? (
        <p className="text-muted text-sm">{t('imports.none')}</p>
      ) : (
        <div className="max-h-96 overflow-auto">
          <table className="w-full border-collapse text-sm" data-imports="">
            <caption className="sr-only">{t('imports.title')}</caption>
            <thead className="sticky top-0 bg-card text-left text-muted text-xs">
              <tr className="border-line border-b">
                <th scope="col" className="px-2 py-1 font-medium">
                  {t('imports.file')}
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  {t('imports.kind')}
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  {t('imports.report')}
                </th>
                <th scope="col" className="px-2 py-1 text-right font-medium">
                  {t('imports.rows')}
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  {t('imports.when')}
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  {t('imports.state')}
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  <span className="sr-only">{t('imports.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {all.map((i) => (
                <tr key={i.id} className="border-line border-t" data-import={i.undone ? 'undone' : 'active'}>
                  <th scope="row" className="break-all px-2 py-1 text-left font-medium">
                    {i.file}
                    {i.sheet ? <span className="text-muted"> · {i.sheet}</span> : null}
                  </th>
                  <td className="whitespace-nowrap px-2 py-1">{t(`imports.kinds.${i.kind}`)}</td>
                  <td className="px-2 py-1">
                    {i.reportId ? (reportTitles.get(i.reportId) ?? i.reportId) : '—'}
                  </td>
                  <td className="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                    {t('imports.counts', { accepted: i.counts.accepted, rejected: i.counts.rejected })}
                  </td>
                  <td className="whitespace-nowrap px-2 py-1">
                    {formatStamp(i.updatedAt)} · {i.author ?? t('anonymous')}
                  </td>
                  <td className="whitespace-nowrap px-2 py-1">
                    {i.undone ? <span className="badge">{t('imports.undone')}</span> : t('imports.active')}
                  </td>
                  <td className="whitespace-nowrap px-2 py-1 text-right">
                    <button type="button" className="btn" onClick={() => void toggle(i)()}>
                      {i.undone ? t('imports.redo') : t('imports.undo')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {failed && (
        <p role="alert" className="text-danger text-sm">
          {t('imports.failed')}
        </p>
      )}
    </section>
  )
}
