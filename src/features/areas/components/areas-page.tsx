import { ReportGate } from '@/components/report-gate'
import { RouteLink } from '@/components/route-link'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { reportModel } from '@/lib/report-model'
import { routes } from '@/lib/routes/routes'
import { messages } from '../i18n'

export function AreasPage() {
  return <ReportGate>{(report) => <AreaList report={report} />}</ReportGate>
}

function AreaList({ report }: { report: Report }) {
  const { t, lang } = useT(messages)
  const list = reportModel(report).areas
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-3">
      <header>
        <h1 className="font-bold text-xl">{t('title')}</h1>
        <p className="text-muted text-sm">{t('intro', { review: report.year - 1 })}</p>
      </header>
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(17rem,1fr))] gap-3">
        {list.map(({ area, facts, projects }) => (
          <li key={area.id} className="flex">
            <RouteLink
              to={routes.area(area.id)}
              className="card flex w-full flex-col gap-1 p-3 text-fg no-underline hover:border-fg"
            >
              <span className="font-semibold text-link underline-offset-2 hover:underline">
                {area.label[lang]}
              </span>
              <span className="text-muted text-sm leading-snug">{area.summary[lang]}</span>
              <span className="mt-auto flex gap-3 pt-1 text-sm">
                {facts.length + projects.length > 0 ? (
                  <>
                    <span>{t('counts.facts', { count: facts.length })}</span>
                    <span>{t('counts.projects', { count: projects.length })}</span>
                  </>
                ) : (
                  <span className="text-muted">{t('textOnly')}</span>
                )}
              </span>
            </RouteLink>
          </li>
        ))}
      </ul>
    </div>
  )
}
