import { Link, useLocation } from 'wouter'
import { useReportEntries } from '@/lib/data/saved-entries'
import type { ReportChoice } from '@/lib/data/use-report'
import { useT } from '@/lib/i18n'
import { comparableYears } from '@/lib/report-model/compare'
import { hrefOf, PATHS, routeAt, routes } from '@/lib/routes/routes'

/**
 * Which report the screens show, when there is more than one. Switching keeps the screen but not its
 * view state (a filter or a project of one report means nothing in another): a project's or an area's
 * page goes to its list. Reports saved in this browser (#/ingest) follow the manifest's.
 */
export function ReportSwitcher({ choice }: { choice: ReportChoice }) {
  const { t, lang } = useT()
  const [path, navigate] = useLocation()
  const entries = useReportEntries(choice.entries, choice.saved)
  const onChange = (id: string) => {
    const screen = path.startsWith(`${PATHS.projects}/`)
      ? PATHS.projects
      : path.startsWith(`${PATHS.areas}/`)
        ? PATHS.areas
        : path
    navigate(hrefOf(routeAt(screen, ''), id === choice.defaultReport ? {} : { report: id }))
  }
  const compare = comparableYears(entries).length > 0 && path !== PATHS.compare
  const carried = choice.current === choice.defaultReport ? {} : { report: choice.current }
  return (
    <fieldset aria-label={t('reportSwitch')} className="m-0 flex items-center gap-2 border-0 p-0">
      <label className="flex items-center gap-1 text-sm">
        <span className="sr-only">{t('reportSwitch')}</span>
        <select
          className="btn max-w-[22rem] truncate"
          aria-label={t('reportSwitch')}
          value={choice.current}
          onChange={(e) => onChange(e.target.value)}
        >
          {entries.map((r) => (
            <option key={r.id} value={r.id}>
              {r.saved ? t('reportSaved', { title: r.title[lang] }) : r.title[lang]}
            </option>
          ))}
        </select>
      </label>
      {compare && (
        // Counties of one year side by side: offered here once the reports listed make one.
        <Link href={hrefOf(routes.compare(), carried)} className="btn whitespace-nowrap no-underline">
          {t('nav.compare')}
        </Link>
      )}
    </fieldset>
  )
}
