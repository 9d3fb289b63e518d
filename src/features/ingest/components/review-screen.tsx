import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import { runChecks, untranslated } from '../model/checks'
import { markedSegments } from '../model/marks'
import { applyReview, type Decision, type Loaded, type ReviewState, rejectedIds } from '../model/review'
import { ChecksPanel } from './checks-panel'
import { DecisionsPanel } from './decisions/decisions-panel'
import { EntryList } from './entry-list'
import { MarkedText, MarkLegend } from './marked-text'
import { MetaForm } from './meta-form'
import { SavePanel } from './save-panel'

type Props = {
  loaded: Loaded
  review: ReviewState
  onReview: (update: (s: ReviewState | null) => ReviewState | null) => void
  builtIn: string[]
  /** The review is kept in the store (a reload resumes it): no need to ask before leaving. */
  kept: boolean
  onSaved: () => void
  onRestart: () => void
}

/** The review: the report's facts to decide, the text with every number marked, the checks, saving. */
export function ReviewScreen({ loaded, review, onReview, builtIn, kept, onSaved, onRestart }: Props) {
  const { t, lang } = useT(messages)
  const { draft, entries, text } = loaded
  const [dirty, setDirty] = useState(false)
  const update = useCallback(
    (f: (s: ReviewState) => ReviewState) => {
      setDirty(true)
      onReview((s) => (s ? f(s) : s))
    },
    [onReview],
  )
  const onDecide = useCallback(
    (key: string, patch: Partial<Decision> | null) =>
      update((s) => ({ ...s, decisions: { ...s.decisions, [key]: { ...s.decisions[key], ...patch } } })),
    [update],
  )
  const onAcceptPending = () =>
    update((s) => {
      const decisions = { ...s.decisions }
      for (const e of entries)
        if (!decisions[e.key]?.status) decisions[e.key] = { ...decisions[e.key], status: 'accepted' }
      return { ...s, decisions }
    })
  const onDismiss = (starts: number[], dismiss: boolean) =>
    update((s) => {
      const dismissed = { ...s.dismissed }
      for (const start of starts)
        if (dismiss) dismissed[start] = ''
        else delete dismissed[start]
      return { ...s, dismissed }
    })

  // The checks run on a deferred copy: typing in a field stays immediate on a long report.
  const deferred = useDeferredValue(review)
  const report = useMemo(() => applyReview(draft, entries, deferred), [draft, entries, deferred])
  const checks = useMemo(() => runChecks(report, text, builtIn), [report, text, builtIn])
  const segments = useMemo(
    () =>
      markedSegments(
        text,
        draft.review.accounts,
        rejectedIds(entries, deferred.decisions),
        deferred.dismissed,
      ),
    [text, draft, entries, deferred],
  )
  const itemLabels = useMemo(
    () => new Map(entries.flatMap((e) => e.itemIds.map((id) => [id, e.label[lang]]))),
    [entries, lang],
  )
  const unplaced = useMemo(() => draft.review.accounts.filter((a) => a.status === 'unplaced'), [draft])
  const pending = entries.filter((e) => !review.decisions[e.key]?.status).length

  // A review not yet saved, and not kept in the store either, is asked about before the page goes away.
  useEffect(() => {
    if (!dirty || kept) return
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault()
    }
    addEventListener('beforeunload', warn)
    return () => removeEventListener('beforeunload', warn)
  }, [dirty, kept])

  const { review: r } = draft
  const facts = entries.filter((e) => e.kind !== 'project').length
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline gap-2 text-sm">
        <p data-testid="ingest-summary">
          {t('summary', {
            title: r.title || draft.report.title.zh,
            kind: t(`docType.${r.docType}`),
            // A text that names no year leaves both at 0 and -1: say so, and where to write it.
            years:
              r.years.plan > 0
                ? t('years.known', { review: r.years.review, plan: r.years.plan })
                : t('years.unknown'),
            facts,
            projects: entries.length - facts,
            tokens: r.tokens.total,
          })}
        </p>
        <button type="button" className="btn ml-auto" onClick={onRestart}>
          {t('input.again')}
        </button>
      </div>
      <div className="grid items-start gap-3 xl:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-3">
          <MetaForm meta={review.meta} onMeta={(meta) => update((s) => ({ ...s, meta }))} />
          <section className="card flex min-w-0 flex-col gap-2 p-3" aria-labelledby="ingest-text-title">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="ingest-text-title" className="font-semibold text-base">
                {t('text.title')}
              </h2>
              <MarkLegend segments={segments} />
            </div>
            <div className="max-h-[70vh] overflow-auto pr-1">
              <MarkedText segments={segments} itemLabels={itemLabels} />
            </div>
          </section>
        </div>
        <div className="flex min-w-0 flex-col gap-3">
          <ChecksPanel
            checks={checks}
            untranslated={untranslated(report)}
            unplaced={unplaced}
            dismissed={review.dismissed}
            onDismiss={onDismiss}
          />
          <SavePanel
            report={report}
            text={text}
            ready={checks.ok && deferred === review}
            pending={pending}
            onSaved={() => {
              setDirty(false)
              onSaved()
            }}
          />
          <DecisionsPanel loaded={loaded} review={review} onImport={(state) => update(() => state)} />
          <section className="card flex min-w-0 flex-col gap-2 p-3" aria-labelledby="ingest-facts-title">
            <h2 id="ingest-facts-title" className="font-semibold text-base">
              {t('factsTitle')}
            </h2>
            <div className="max-h-[70vh] overflow-auto pr-1">
              <EntryList
                entries={entries}
                decisions={review.decisions}
                onDecide={onDecide}
                onAcceptPending={onAcceptPending}
              />
            </div>
          </section>
        </div>
      </div>
    </div>
  )
}
