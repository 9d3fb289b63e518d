import { useId, useRef, useState } from 'react'
import * as z from 'zod/mini'
import { schemaIssues } from '@/lib/dataset/issue-words'
import { printJson } from '@/lib/dataset/print-json'
import { useT } from '@/lib/i18n'
import { Decisions } from '@/lib/ingest/decisions/schema'
import { exportDecisions, importDecisions } from '../../model/decisions-io'
import type { Loaded, ReviewState } from '../../model/review'
import { messages } from './i18n'

type Props = { loaded: Loaded; review: ReviewState; onImport: (state: ReviewState) => void }

type Outcome =
  | { kind: 'imported'; applied: number; unmatched: number; previous: ReviewState }
  | { kind: 'invalid'; detail: string }
  | { kind: 'undone' }

/** The review as a decisions file (the format of data/decisions): export it, import it back (undoable). */
export function DecisionsPanel({ loaded, review, onImport }: Props) {
  const { t, lang } = useT(messages)
  const id = useId()
  const file = useRef<HTMLInputElement>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  const exportFile = async () => {
    const { downloadBlob } = await import('@/lib/export/download')
    const decisions = exportDecisions(loaded.draft, loaded.entries, review)
    downloadBlob(
      new Blob([printJson(decisions)], { type: 'application/json' }),
      `${review.meta.id}.decisions.json`,
    )
  }
  const importFile = async (f: File | undefined) => {
    if (!f) return
    let data: unknown
    try {
      data = JSON.parse(await f.text())
    } catch (e) {
      setOutcome({ kind: 'invalid', detail: (e as Error).message })
      return
    }
    // The refused value rides along so the words can say what was there (as the dataset's checks do).
    const parsed = z.safeParse(Decisions, data, { reportInput: true })
    if (!parsed.success) {
      const [first] = schemaIssues(parsed.error)
      setOutcome({
        kind: 'invalid',
        detail: `${first?.path || '/'}: ${first?.text?.[lang] ?? first?.message}`,
      })
      return
    }
    const { state, applied, unmatched } = importDecisions(parsed.data, loaded.draft, loaded.entries)
    setOutcome({ kind: 'imported', applied, unmatched, previous: review })
    onImport(state)
  }
  const undo = () => {
    if (outcome?.kind !== 'imported') return
    onImport(outcome.previous)
    setOutcome({ kind: 'undone' })
  }

  return (
    <section className="card flex flex-col gap-2 p-3 text-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="font-semibold text-base">
        {t('title')}
      </h2>
      <p className="text-muted">{t('hint')}</p>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className="btn" onClick={() => void exportFile()}>
          {t('export')}
        </button>
        <button type="button" className="btn" onClick={() => file.current?.click()}>
          {t('import')}
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="decisions-file"
          onChange={(e) => {
            void importFile(e.target.files?.[0])
            e.target.value = ''
          }}
        />
      </div>
      {outcome?.kind === 'imported' && (
        <div role="status" className="flex flex-wrap items-center gap-2">
          <span>{t('imported', { applied: outcome.applied })}</span>
          {outcome.unmatched > 0 && <span>{t('unmatched', { count: outcome.unmatched })}</span>}
          <button type="button" className="btn" onClick={undo}>
            {t('undo')}
          </button>
        </div>
      )}
      {outcome?.kind === 'undone' && <p role="status">{t('undone')}</p>}
      {outcome?.kind === 'invalid' && (
        <p role="alert" className="text-danger">
          {t('invalid', { detail: outcome.detail })}
        </p>
      )}
    </section>
  )
}
