import { useEffect, useRef, useState } from 'react'

/**
 * A text field's own value while the user types, committed to the URL after a pause, so each
 * keystroke is not a history entry and a slow filter never blocks typing. Follows the URL when it
 * changes from elsewhere (back button, a chip removed, "clear all").
 */
export function useDraft(value: string, commit: (value: string) => void, delay = 250) {
  const [draft, setDraft] = useState(value)
  const committed = useRef(value)
  const commitRef = useRef(commit)
  commitRef.current = commit

  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value
      setDraft(value)
    }
  }, [value])

  useEffect(() => {
    if (draft === committed.current) return
    const timer = setTimeout(() => {
      committed.current = draft
      commitRef.current(draft)
    }, delay)
    return () => clearTimeout(timer)
  }, [draft, delay])

  const flush = () => {
    if (draft === committed.current) return
    committed.current = draft
    commitRef.current(draft)
  }
  return { draft, setDraft, flush }
}
