import { useState } from 'react'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import { ENTRY_KINDS, type Entry } from '../model/entries'
import type { Decision } from '../model/review'
import { EntryRow } from './entry-row'

type Filter = 'all' | 'pending' | 'accepted' | 'rejected' | 'low'
const FILTERS: Filter[] = ['all', 'pending', 'accepted', 'rejected', 'low']

type Props = {
  entries: Entry[]
  decisions: Record<string, Decision>
  onDecide: (key: string, patch: Partial<Decision> | null) => void
  onAcceptPending: () => void
}

function matches(filter: Filter, e: Entry, d: Decision | undefined): boolean {
  if (filter === 'all') return true
  if (filter === 'low') return e.confidence < 0.5
  return (d?.status ?? 'pending') === filter
}

/** Every draft fact, grouped by kind, with a filter by review status and confidence. */
export function EntryList({ entries, decisions, onDecide, onAcceptPending }: Props) {
  const { t } = useT(messages)
  const [filter, setFilter] = useState<Filter>('all')
  const count = (f: Filter) => entries.filter((e) => matches(f, e, decisions[e.key])).length
  const pending = count('pending')
  const shown = entries.filter((e) => matches(filter, e, decisions[e.key]))
  return (
    <div className="flex flex-col gap-2">
      <fieldset className="flex flex-wrap items-center gap-1 text-sm">
        <legend className="sr-only">{t('filter.label')}</legend>
        {FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            className="btn"
            aria-pressed={filter === f}
            onClick={() => setFilter(f)}
          >
            {t(`filter.${f}`, { count: count(f) })}
          </button>
        ))}
        {pending > 0 && (
          <button type="button" className="btn ml-auto" onClick={onAcceptPending}>
            {t('entry.acceptAll', { count: pending })}
          </button>
        )}
      </fieldset>
      {shown.length === 0 && <p className="text-muted text-sm">{t('entry.none')}</p>}
      {ENTRY_KINDS.map((kind) => {
        const of = shown.filter((e) => e.kind === kind)
        if (!of.length) return null
        return (
          <section key={kind} aria-label={t(`kind.${kind}`)} className="flex flex-col gap-1">
            <h3 className="font-semibold text-sm">
              {t(`kind.${kind}`)} · {of.length}
            </h3>
            <ul className="flex flex-col gap-1">
              {of.map((e) => (
                <EntryRow key={e.key} entry={e} decision={decisions[e.key]} onDecide={onDecide} />
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
