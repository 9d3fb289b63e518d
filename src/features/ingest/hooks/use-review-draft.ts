import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReviewDraft } from '@/lib/store'
import { authorOrUndefined } from '@/lib/user-data/author'
import { userStore } from '@/lib/user-data/open'
import type { Loaded, ReviewState } from '../model/review'

const WAIT_MS = 400 // a burst of edits is one write

/**
 * The review in progress, kept in the store (doc type 'draft') so a reload or a closed tab does not
 * lose it: `stored` is the latest review kept (what the last visit left, then each write) (undefined while reading, null when nothing), `kept`
 * says the current review is written. Saving the report or discarding the review removes it.
 */
export function useReviewDraft(loaded: Loaded | null, review: ReviewState | null) {
  const [stored, setStored] = useState<ReviewDraft | null | undefined>(undefined)
  const [kept, setKept] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => {
    let live = true
    userStore()
      .then((s) => s.drafts.get())
      .then(
        (d) => live && setStored(d),
        () => live && setStored(null), // no store: nothing to resume; the review works in memory
      )
    return () => {
      live = false
    }
  }, [])
  useEffect(() => {
    setKept(false)
    if (!loaded || !review) return
    timer.current = setTimeout(() => {
      userStore()
        .then(async (s) => {
          await s.drafts.put({ text: loaded.text, review }, authorOrUndefined())
          setKept(s.status.state === 'ok')
          // What a later 继续上次的审阅 offers is this write, not what the page opened with: offering
          // the older copy would bring it back over the newer edits.
          setStored(await s.drafts.get())
        })
        .catch(() => setKept(false))
    }, WAIT_MS)
    return () => clearTimeout(timer.current)
  }, [loaded, review])
  const discard = useCallback(async () => {
    clearTimeout(timer.current) // a write still waiting must not bring the review back
    setStored(null)
    await (await userStore()).drafts.discard(authorOrUndefined())
  }, [])
  return { stored, kept, discard }
}
