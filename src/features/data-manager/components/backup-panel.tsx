import { useState } from 'react'
import { FileDrop } from '@/components/import'
import { useT } from '@/lib/i18n'
import type { BackupCheck, RestoreMode, RestoreResult } from '@/lib/store'
import { userStore } from '@/lib/user-data/open'
import { messages } from '../i18n'

type Pending = {
  name: string
  input: unknown
  check: BackupCheck
  choice?: Extract<RestoreResult, { reason: 'needs-choice' }>
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)

/**
 * The way to keep the data safe: a backup file (JSON, versioned) to download, and to restore from.
 * A file is checked in full before anything is written; into a browser that already holds data, the
 * user chooses between merging (nothing here is lost) and replacing, never the app.
 */
export function BackupPanel() {
  const { t } = useT(messages)
  const [pending, setPending] = useState<Pending | null>(null)
  const [result, setResult] = useState<RestoreResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const download = async () => {
    setError(null)
    try {
      const store = await userStore()
      const json = await store.backup.exportJson()
      const { downloadBlob } = await import('@/lib/export/download')
      downloadBlob(new Blob([json], { type: 'application/json' }), store.backup.fileName())
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }

  const choose = async (file: File) => {
    setResult(null)
    setError(null)
    try {
      const text = await file.text()
      const store = await userStore()
      setPending({ name: file.name, input: text, check: store.backup.check(text) })
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }

  const restore = async (mode?: RestoreMode) => {
    if (!pending) return
    setBusy(true)
    try {
      const store = await userStore()
      const r = await store.backup.restore(pending.input, mode ? { mode } : {})
      if (!r.ok && r.reason === 'needs-choice') setPending({ ...pending, choice: r })
      else {
        setResult(r)
        setPending(null)
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card flex flex-col gap-3 p-3" aria-labelledby="data-backup">
      <h2 id="data-backup" className="font-semibold text-base">
        {t('backup.title')}
      </h2>
      <p className="text-sm">{t('backup.why')}</p>
      <div>
        <button type="button" className="btn bg-fg text-page" onClick={() => void download()}>
          {t('backup.download')}
        </button>
      </div>
      <h3 className="font-semibold text-sm">{t('backup.restoreTitle')}</h3>
      <FileDrop
        accept=".json,application/json"
        types={t('backup.types')}
        onFile={(f) => void choose(f)}
        disabled={busy}
        warm={false}
      />
      {pending && !pending.check.ok && (
        <div role="alert" className="flex flex-col gap-1 rounded border border-danger p-2 text-sm">
          <strong className="text-danger">{t('backup.invalid', { name: pending.name })}</strong>
          <ul className="list-disc pl-5">
            {pending.check.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {pending?.check.ok && (
        <div className="flex flex-col gap-2 rounded border border-line p-2 text-sm" data-backup-pending="">
          <p>
            {t('backup.summary', {
              name: pending.name,
              at: pending.check.backup.exportedAt.slice(0, 16).replace('T', ' '),
              records: total(pending.check.backup.counts),
              figures: pending.check.backup.counts.changes,
              imports: pending.check.backup.counts.imports,
            })}
          </p>
          {pending.choice ? (
            <>
              <p className="font-semibold">
                {t('backup.choose', {
                  existing: total(pending.choice.existing),
                  incoming: total(pending.choice.incoming),
                })}
              </p>
              <div className="flex flex-wrap gap-2">
                <button type="button" className="btn" disabled={busy} onClick={() => void restore('merge')}>
                  {t('backup.merge')}
                </button>
                <button type="button" className="btn" disabled={busy} onClick={() => void restore('replace')}>
                  {t('backup.replace')}
                </button>
                <button type="button" className="btn" disabled={busy} onClick={() => setPending(null)}>
                  {t('backup.cancel')}
                </button>
              </div>
              <p className="text-muted text-xs">{t('backup.modes')}</p>
            </>
          ) : (
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                className="btn bg-fg text-page"
                disabled={busy}
                onClick={() => void restore()}
              >
                {t('backup.restore')}
              </button>
              <button type="button" className="btn" disabled={busy} onClick={() => setPending(null)}>
                {t('backup.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
      {result?.ok && (
        <p role="status" className="text-sm" data-restored="">
          {t('backup.restored', {
            mode: result.mode,
            added: total(result.added),
            unchanged: result.unchanged,
            conflicts: result.conflicts.length,
          })}
        </p>
      )}
      {result && !result.ok && result.reason === 'invalid' && (
        <p role="alert" className="text-danger text-sm">
          {result.problems.join('; ')}
        </p>
      )}
      {error && (
        <p role="alert" className="text-danger text-sm">
          {t('backup.failed', { detail: error })}
        </p>
      )}
    </section>
  )
}
