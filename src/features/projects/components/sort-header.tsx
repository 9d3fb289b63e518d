import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import type { SortKey } from '../model/filter-spec'
import type { ProjectsSearch } from './use-projects-view'

type Props = {
  column: Exclude<SortKey, 'report'>
  search: ProjectsSearch
  numeric?: boolean
  className?: string
}

/**
 * A sortable column header. Clicking cycles ascending → descending → the report's own order, and
 * aria-sort tells assistive technology which column orders the rows.
 */
export function SortHeader({ column, search, numeric, className }: Props) {
  const { t } = useT(messages)
  const { sort, dir } = search.values
  const active = sort === column
  const label = t(`table.${column}`)
  const next = () => {
    if (!active) return { sort: column, dir: numeric ? ('desc' as const) : ('asc' as const) }
    const firstDir = numeric ? 'desc' : 'asc'
    return dir === firstDir
      ? { sort: column, dir: firstDir === 'asc' ? ('desc' as const) : ('asc' as const) }
      : { sort: 'report' as const, dir: 'asc' as const }
  }
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={cx('px-2 py-1.5 font-semibold', numeric ? 'text-right' : 'text-left', className)}
    >
      <button
        type="button"
        className={cx('inline-flex items-center gap-1 hover:underline', numeric && 'flex-row-reverse')}
        title={t('table.sortBy', { column: label })}
        onClick={() => search.update(next())}
      >
        {label}
        <span aria-hidden="true" className={active ? '' : 'text-muted opacity-60'}>
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  )
}
