import { lazy, Suspense, useMemo } from 'react'
import { Notice } from '@/components/notice'
import { Panel } from '@/components/panel'
import { ReportGate } from '@/components/report-gate'
import { RouteLink } from '@/components/route-link'
import { loadCode } from '@/lib/code-load/load-code'
import { useReportText } from '@/lib/data/use-report-text'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import { messages } from '../i18n'
import { areaView } from '../model/area-view'
import { DerivedCard, FactCard } from './figure-cards'
import { ProjectList } from './project-list'
import { QuoteList } from './quote-list'

// Recharts stays out of the page's own chunk until an area actually has a comparison to draw.
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
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-3">
      <header className="flex flex-col gap-1">
        <RouteLink to={routes.areas()} className="link self-start text-sm">
          {t('back')}
        </RouteLink>
        <h1 className="font-bold text-xl">{area.label[lang]}</h1>
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
      {/* An area the report describes in words only gets no empty cards: its passage says it all. */}
      {hasFigures && (
        <Panel title={t('figures')} id="figures">
          <ul className="grid grid-cols-[repeat(auto-fill,minmax(13rem,1fr))] gap-2">
            {view.facts.map((f) => (
              <FactCard key={f.fact.id} item={f} report={report} />
            ))}
            {view.looseDerived.map((d) => (
              <DerivedCard key={d.id} report={report} item={d} />
            ))}
          </ul>
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
      <div className={hasProjects ? 'grid items-start gap-3 lg:grid-cols-2' : 'grid items-start gap-3'}>
        {hasProjects && (
          <Panel title={t('projects')} id="projects">
            <ProjectList projects={view.projects} />
          </Panel>
        )}
        <Panel title={t('quotes')} id="quotes">
          <QuoteList quotes={view.quotes} passages={view.passages} passageId={view.passageId} />
        </Panel>
      </div>
    </div>
  )
}
