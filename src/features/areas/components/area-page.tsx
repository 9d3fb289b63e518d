import { lazy, Suspense, useMemo } from 'react'
import { Notice } from '@/components/notice'
import { Panel } from '@/components/panel'
import { ReportGate } from '@/components/report-gate'
import { RouteLink } from '@/components/route-link'
import { loadCode } from '@/lib/code-load/load-code'
import { cx } from '@/lib/cx'
import { useReportText } from '@/lib/data/use-report-text'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import { messages } from '../i18n'
import { areaView } from '../model/area-view'
import { DerivedRow, FactCard } from './figure-cards'
import { LeadFigures } from './lead-figures'
import { PlanLinks } from './plan-links'
import { ProjectTimeline } from './project-timeline'
import { QuoteList } from './quote-list'

// The chart stays out of the page's own chunk until an area actually has a comparison to draw.
const ComparisonChart = lazy(() =>
  loadCode(() => import('./comparison-chart')).then((m) => ({ default: m.ComparisonChart })),
)

export function AreaPage({ id }: { id: string }) {
  return <ReportGate>{(report, file) => <Area report={report} file={file} id={id} />}</ReportGate>
}

function Area({ report, file, id }: { report: Report; file: string; id: string }) {
  const { t, lang } = useT(messages)
  const { t: tc } = useT()
  // The text only orders quotes and finds sentences; without it the page still shows every figure.
  const text = useReportText(file, report.textFile).data ?? ''
  const view = useMemo(() => areaView(report, id, text), [report, id, text])
  if (!view)
    return (
      <div className="mx-auto flex max-w-xl flex-col items-start gap-3 p-4">
        <Notice>{t('unknown', { id: id.length > 60 ? `${id.slice(0, 60)}…` : id })}</Notice>
        <RouteLink to={routes.areas()} className="link">
          {t('unknownBack')}
        </RouteLink>
      </div>
    )
  const { area } = view
  const hasFigures = view.facts.length + view.looseDerived.length > 0
  const hasProjects = view.projects.length > 0
  // The report's words: beside the figures when there are no projects, else below both, in columns.
  const quotes = (
    <Panel title={t('quotes')} id="quotes">
      <QuoteList
        quotes={view.quotes}
        passages={view.passages}
        passageId={view.passageId}
        wide={hasProjects}
      />
    </Panel>
  )
  return (
    <div className="mx-auto flex max-w-[120rem] flex-col gap-3">
      <header className="flex flex-col gap-1">
        <RouteLink to={routes.areas()} className="link self-start text-sm">
          {t('back')}
        </RouteLink>
        <h1 className="font-bold text-2xl">{area.label[lang]}</h1>
        <p className="text-muted text-sm">
          {area.summary[lang]} ·{' '}
          {hasFigures || hasProjects ? (
            <>
              {t('counts.facts', { count: view.facts.length })} ·{' '}
              {t('counts.projects', { count: view.projects.length })}
            </>
          ) : (
            t('textOnly')
          )}
        </p>
      </header>
      {/* First what the area achieved, large, in the report's words; then the rest by what it measures. */}
      {view.lead.length > 0 && (
        <section aria-labelledby="lead-title" className="flex flex-col gap-2">
          <h2 id="lead-title" className="sr-only">
            {t('leadHeading')}
          </h2>
          <LeadFigures lead={view.lead} report={report} />
        </section>
      )}
      {/* On a wide screen: the other figures (and the charts) on the left, the projects (or, without
          any, the report's words) on the right; on a laptop one column in the same order. An area
          whose figures all lead has no left column. */}
      <div
        className={cx(
          'grid items-start gap-3',
          (view.groups.length > 0 || view.comparisons.length > 0) &&
            '2xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]',
        )}
      >
        <div
          className={cx(
            'flex min-w-0 flex-col gap-3',
            !view.groups.length && !view.comparisons.length && 'hidden',
          )}
        >
          {view.groups.length > 0 && (
            <Panel title={t('figures')} id="figures">
              {/* As many columns as groups (up to 3); a lone group spreads its own figures over them. */}
              <div
                className={cx(
                  'grid gap-x-6 gap-y-3',
                  view.groups.length > 1 && 'lg:grid-cols-2',
                  view.groups.length > 2 && '2xl:grid-cols-3',
                )}
              >
                {view.groups.map((g) => (
                  <section key={g.group} aria-label={t(`group.${g.group}`)} className="flex min-w-0 flex-col">
                    <h3 className="border-line border-b-2 pb-0.5 font-semibold text-muted text-xs">
                      {t(`group.${g.group}`)}
                    </h3>
                    <ul
                      className={cx(
                        'grid',
                        view.groups.length === 1 && 'gap-x-6 lg:grid-cols-2 2xl:grid-cols-3',
                      )}
                    >
                      {g.facts.map((f) => (
                        <FactCard key={f.fact.id} item={f} report={report} />
                      ))}
                    </ul>
                    {g.derived.length > 0 && (
                      <ul className="mt-1.5 grid gap-2">
                        {g.derived.map((d) => (
                          <DerivedRow key={d.id} report={report} item={d} />
                        ))}
                      </ul>
                    )}
                  </section>
                ))}
              </div>
            </Panel>
          )}
          {view.comparisons.length > 0 && (
            <Panel title={t('charts')} id="charts">
              <Suspense fallback={<p className="text-muted text-sm">{tc('loading')}</p>}>
                <div className={view.comparisons.length > 1 ? 'grid gap-3 xl:grid-cols-2' : 'grid max-w-3xl'}>
                  {view.comparisons.map((c) => (
                    <ComparisonChart key={c.id} report={report} comparison={c} />
                  ))}
                </div>
              </Suspense>
            </Panel>
          )}
        </div>
        <div className="flex min-w-0 flex-col gap-3">
          {hasProjects ? (
            <Panel title={t('projects')} id="projects">
              <ProjectTimeline projects={view.projects} />
            </Panel>
          ) : (
            quotes
          )}
          {view.plan.length > 0 && <PlanLinks links={view.plan} terms={view.terms} year={report.year} />}
        </div>
      </div>
      {hasProjects && quotes}
    </div>
  )
}
