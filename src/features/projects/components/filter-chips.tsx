import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import { clausesOf } from '../model/clauses'
import { CLEAR_FILTERS } from '../model/filter-spec'
import { clauseText } from './clause-text'
import type { ProjectsSearch } from './use-projects-view'

/** The active filters as removable chips, plus one action that clears them all. */
export function FilterChips({ search }: { search: ProjectsSearch }) {
  const { t, lang } = useT(messages)
  const clauses = clausesOf(search.filters)
  // With no filter, an empty row, out of the layout: a filtered link's first paint gives it the room of
  // one row of chips until the app fills it, so the list below does not move (../model/first-paint.ts).
  if (!clauses.length) return <div className="hidden text-sm" data-filter-chips="" />
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-sm" data-filter-chips="">
      <span className="text-muted" id="projects-chips-label">
        {t('chips.label')}
      </span>
      <ul aria-labelledby="projects-chips-label" className="flex flex-wrap gap-1.5">
        {clauses.map((c) => {
          const label = clauseText(c, t, lang)
          return (
            <li key={label}>
              <button
                type="button"
                className="btn rounded-full"
                aria-label={t('chips.remove', { label })}
                onClick={() => search.update(c.patch)}
              >
                {label} <span aria-hidden="true">×</span>
              </button>
            </li>
          )
        })}
      </ul>
      <button type="button" className="link text-sm" onClick={() => search.update(CLEAR_FILTERS)}>
        {t('filters.clear')}
      </button>
    </div>
  )
}
