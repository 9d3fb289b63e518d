import { useQuery } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { manifestQueryOptions } from '@/lib/data/queries'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import { reviewEntries } from '../model/entries'
import { initialState, type Loaded, type ReviewState } from '../model/review'
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
  const manifest = useQuery(manifestQueryOptions())
  const builtIn = manifest.data?.reports.map((r) => r.id) ?? []

  const read = useCallback(async () => {
    setReading(true)
    setError(null)
    try {
      const { ingestInBackground } = await import('@/lib/ingest/client')
      const draft = await ingestInBackground(text)
      setLoaded({ text, draft, entries: reviewEntries(draft) })
      setReview(initialState(draft))
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setReading(false)
    }
  }, [text])

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
          onRestart={() => {
            setLoaded(null)
            setReview(null)
          }}
        />
      ) : (
        <>
          <TextInput
            text={text}
            onText={setText}
            onRead={() => void read()}
            reading={reading}
            error={error}
          />
          <SavedList />
        </>
      )}
    </div>
  )
}
