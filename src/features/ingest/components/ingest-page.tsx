import { useQuery } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { manifestQueryOptions } from '@/lib/data/queries'
import { useT } from '@/lib/i18n'
import { useReviewDraft } from '../hooks/use-review-draft'
import { messages } from '../i18n'
import { reviewEntries } from '../model/entries'
import { initialState, type Loaded, type ReviewState, restoredState } from '../model/review'
import { ReplaceDraft, ResumeDraft } from './resume-draft'
import { ReviewScreen } from './review-screen'
import { SavedList } from './saved-list'
import { TextInput } from './text-input'

/**
 * #/ingest: a report's text in, a reviewed dataset out. The pipeline (src/lib/ingest) runs in a worker
 * and loads only here; the review is this screen's state until it is saved in the store or exported.
 */
export function IngestPage() {
  const { t } = useT(messages)
  const [text, setText] = useState('')
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [review, setReview] = useState<ReviewState | null>(null)
  const [reading, setReading] = useState(false)
  const [error, setError] = useState<string | null>(null)
  /** Reading a text while an unfinished review is kept would write over it: asked first. */
  const [asking, setAsking] = useState(false)
  const manifest = useQuery(manifestQueryOptions())
  const builtIn = manifest.data?.reports.map((r) => r.id) ?? []

  const kept = useReviewDraft(loaded, review)

  /** Reads a text; with a stored review (resuming), puts its decisions back on the new draft. */
  const read = useCallback(async (input: string, resumed?: unknown) => {
    setReading(true)
    setError(null)
    try {
      const { ingestInBackground } = await import('@/lib/ingest/client')
      const draft = await ingestInBackground(input)
      setLoaded({ text: input, draft, entries: reviewEntries(draft) })
      setReview(resumed === undefined ? initialState(draft) : restoredState(draft, resumed))
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setReading(false)
    }
  }, [])
  const stored = kept.stored

  return (
    <div className="mx-auto flex max-w-[1800px] flex-col gap-3">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h1 className="font-bold text-xl">{t('title')}</h1>
        {!loaded && <p className="max-w-[70rem] text-muted text-sm">{t('intro')}</p>}
      </div>
      {loaded && review ? (
        <ReviewScreen
          loaded={loaded}
          review={review}
          onReview={setReview}
          builtIn={builtIn}
          kept={kept.kept}
          onSaved={() => void kept.discard().catch(() => {})}
          onRestart={() => {
            setLoaded(null)
            setReview(null)
          }}
        />
      ) : (
        <>
          {stored && (
            <ResumeDraft
              draft={stored}
              busy={reading}
              onResume={() => {
                setAsking(false)
                setText(stored.text)
                void read(stored.text, stored.review)
              }}
              onDiscard={() => {
                setAsking(false)
                void kept.discard().catch((e) => setError(String(e)))
              }}
            />
          )}
          {stored && asking && (
            <ReplaceDraft
              draft={stored}
              onConfirm={() => {
                setAsking(false)
                void read(text)
              }}
              onCancel={() => setAsking(false)}
            />
          )}
          <TextInput
            text={text}
            onText={setText}
            onRead={() => (stored ? setAsking(true) : void read(text))}
            reading={reading}
            error={error}
          />
          <SavedList />
        </>
      )}
    </div>
  )
}
