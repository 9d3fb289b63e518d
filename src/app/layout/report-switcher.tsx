import { useLocation } from 'wouter'
import { useReportEntries } from '@/lib/data/saved-entries'
import type { ReportChoice } from '@/lib/data/use-report'
import { useT } from '@/lib/i18n'
import { hrefOf, PATHS, routeAt } from '@/lib/routes/routes'

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
  return (
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
  )
}
