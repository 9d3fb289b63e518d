import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import type { EmptyReason } from '../model/clauses'
import { CLEAR_FILTERS } from '../model/filter-spec'
import { dimensionText } from './clause-text'
import type { ProjectsSearch } from './use-projects-view'

/** Says which filter emptied the list, and offers to remove exactly that one. */
export function EmptyState({ reason, search }: { reason: EmptyReason; search: ProjectsSearch }) {
  const { t, lang } = useT(messages)
  const text = (d: EmptyReason['active'][number]) => dimensionText(d, search.filters, t, lang)
  return (
    <div role="status" className="flex flex-col items-start gap-2 p-4">
      <p className="font-semibold">
        {t('empty.title', { clauses: reason.active.map(text).join(t('empty.and')) })}
      </p>
      {reason.culprits.length ? (
        <ul className="flex flex-col gap-1">
          {reason.culprits.map((c) => (
            <li key={c.dimension} className="flex flex-wrap items-center gap-2">
              <span>{t('empty.culprit', { clause: text(c.dimension), count: c.count })}</span>
              <button type="button" className="btn" onClick={() => search.update(c.patch)}>
                {t('empty.remove', { clause: text(c.dimension) })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="flex flex-wrap items-center gap-2">
          {t('empty.together', { count: reason.together })}
          <button type="button" className="btn" onClick={() => search.update(CLEAR_FILTERS)}>
            {t('filters.clear')}
          </button>
        </p>
      )}
    </div>
  )
}
