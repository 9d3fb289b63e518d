import { useMemo } from 'react'
import { Link } from 'wouter'
import { ParamNotice } from '@/components/notice'
import { useReportChoice } from '@/lib/data/use-report'
import { useReports } from '@/lib/data/use-reports'
import { useT } from '@/lib/i18n'
import { comparableYears, compareTable } from '@/lib/report-model/compare'
import { hrefOf, routes } from '@/lib/routes/routes'
import { compareSpec } from '@/lib/routes/specs'
import { useSearchState } from '@/lib/routes/use-search-state'
import { messages } from '../i18n'
import { CompareGrid } from './compare-grid'

/**
 * #/compare (issue 13): several counties' reports of one year side by side, the manifest's and those
 * saved in this browser. The year is in the URL; by default the shown report's year, else the newest
 * year that has two or more counties.
 */
export function ComparePage() {
  const { t, lang } = useT(messages)
  const { values, rejected, href } = useSearchState(compareSpec)
  const choice = useReportChoice()
  const probe = useReports(() => false) // only the entries: which years can be compared
  const years = useMemo(() => comparableYears(probe.entries), [probe.entries])
  const shownYear = probe.entries.find((e) => e.id === choice?.current)?.year
  const year = values.year ?? (shownYear !== undefined && years.includes(shownYear) ? shownYear : years[0])
  const { reports, failed, pending } = useReports((e) => e.year === year)
  const table = useMemo(
    () => (year === undefined ? null : compareTable(reports, year, choice?.current)),
    [reports, year, choice?.current],
  )
  return (
    <div className="mx-auto flex max-w-[1840px] flex-col gap-3">
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h1 className="font-bold text-xl">{t('title')}</h1>
        <p className="text-muted text-sm">{t('intro')}</p>
      </header>
      <ParamNotice rejected={rejected} />
      {years.length > 1 && (
        <nav aria-label={t('years')} className="flex flex-wrap gap-1">
          {years.map((y) => (
            <Link
              key={y}
              href={href({ year: y })}
              aria-current={y === year ? 'page' : undefined}
              className={y === year ? 'btn bg-fg text-page no-underline' : 'btn no-underline'}
            >
              {t('year', { year: y })}
            </Link>
          ))}
        </nav>
      )}
      {!probe.pending && year === undefined && (
        <p role="status" className="card p-3">
          {t('none')}{' '}
          <Link href={hrefOf(routes.ingest(), choice?.current ? { report: choice.current } : {})}>
            {t('add')}
          </Link>
        </p>
      )}
      {failed.length > 0 && (
        <p role="status" className="text-muted text-sm">
          {t('failed', { names: failed.map((e) => e.title[lang]).join('、') })}
        </p>
      )}
      {pending && year !== undefined && <p role="status">{t('loading')}</p>}
      {table && !pending && table.columns.length > 0 && <CompareGrid table={table} />}
    </div>
  )
}
