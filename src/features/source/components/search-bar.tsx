import { useEffect, useId, useRef, useState } from 'react'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'

/** Typing settles this long before a search runs: a very long text is searched once, not per key. */
export const SEARCH_DELAY_MS = 250

type Props = {
  query: string
  count: number
  /** The matches were cut at `count` (a very long text): "the first N". */
  capped?: boolean
  current: number
  onQuery: (q: string) => void
  onStep: (delta: number) => void
}

/** The search box: its query lives in the URL (?q=); typing replaces the entry instead of piling up history. */
export function SearchBar({ query, count, capped = false, current, onQuery, onStep }: Props) {
  const { t } = useT(messages)
  const id = useId()
  // A draft keeps IME composition (pinyin) undisturbed while the URL follows.
  const [draft, setDraft] = useState(query)
  useEffect(() => setDraft(query), [query])
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const search = (q: string) => {
    clearTimeout(timer.current)
    onQuery(q)
  }
  const has = query.trim().length > 0
  return (
    <search className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="font-medium text-sm">
        {t('search.label')}
      </label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder={t('search.placeholder')}
        className="w-56 rounded border border-line bg-card px-2 py-1 text-fg"
        onChange={(e) => {
          const q = e.target.value
          setDraft(q)
          clearTimeout(timer.current)
          timer.current = setTimeout(() => search(q), SEARCH_DELAY_MS)
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return
          e.preventDefault()
          // Enter runs a search still waiting; on a search already run it steps to the next match.
          if (draft !== query) search(draft)
          else onStep(e.shiftKey ? -1 : 1)
        }}
      />
      <button type="button" className="btn" disabled={count === 0} onClick={() => onStep(-1)}>
        <span aria-hidden="true">↑</span> {t('search.prev')}
      </button>
      <button type="button" className="btn" disabled={count === 0} onClick={() => onStep(1)}>
        <span aria-hidden="true">↓</span> {t('search.next')}
      </button>
      <output aria-live="polite" className="text-muted text-sm">
        {has &&
          (count === 0
            ? t('search.none', { q: query.trim() })
            : `${t(capped ? 'search.capped' : 'search.count', { count })} · ${t('search.position', { n: current + 1, count })}`)}
      </output>
    </search>
  )
}
