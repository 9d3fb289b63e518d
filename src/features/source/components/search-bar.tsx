import { useEffect, useId, useState } from 'react'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'

type Props = {
  query: string
  count: number
  current: number
  onQuery: (q: string) => void
  onStep: (delta: number) => void
}

/** The search box: its query lives in the URL (?q=); typing replaces the entry instead of piling up history. */
export function SearchBar({ query, count, current, onQuery, onStep }: Props) {
  const { t } = useT(messages)
  const id = useId()
  // A draft keeps IME composition (pinyin) undisturbed while the URL follows.
  const [draft, setDraft] = useState(query)
  useEffect(() => setDraft(query), [query])
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
          setDraft(e.target.value)
          onQuery(e.target.value)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            onStep(e.shiftKey ? -1 : 1)
          }
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
            : `${t('search.count', { count })} · ${t('search.position', { n: current + 1, count })}`)}
      </output>
    </search>
  )
}
