import { lazy, Suspense } from 'react'
import { Redirect, Route, Switch, useSearch } from 'wouter'
import { OverviewPage } from '@/features/overview'
import { useT } from '@/lib/i18n'
import { PATHS } from '@/lib/routes/routes'
import { Shell } from './layout/shell'
import { NotFound } from './not-found'

// Overview is the first paint and stays in the entry chunk; every other screen (and all chart code)
// loads on demand.
const TargetsPage = lazy(() => import('@/features/targets').then((m) => ({ default: m.TargetsPage })))
const ProjectsPage = lazy(() => import('@/features/projects').then((m) => ({ default: m.ProjectsPage })))
const ProjectDetailPage = lazy(() =>
  import('@/features/projects').then((m) => ({ default: m.ProjectDetailPage })),
)
const AreasPage = lazy(() => import('@/features/areas').then((m) => ({ default: m.AreasPage })))
const AreaPage = lazy(() => import('@/features/areas').then((m) => ({ default: m.AreaPage })))
const MonitorPage = lazy(() => import('@/features/monitor').then((m) => ({ default: m.MonitorPage })))
const MonitorDetailPage = lazy(() =>
  import('@/features/monitor').then((m) => ({ default: m.MonitorDetailPage })),
)
const DataPage = lazy(() => import('@/features/data-manager').then((m) => ({ default: m.DataPage })))
const SourcePage = lazy(() => import('@/features/source').then((m) => ({ default: m.SourcePage })))
const PresentationPage = lazy(() =>
  import('@/features/presentation').then((m) => ({ default: m.PresentationPage })),
)

function Loading() {
  const { t } = useT()
  return (
    <p role="status" className="p-6 text-muted">
      {t('loading')}
    </p>
  )
}

/** The areas screen was once at /sectors: old links land on the same view, search and all. */
function LegacyAreas({ id }: { id?: string | undefined }) {
  const search = useSearch()
  const to = id === undefined ? PATHS.areas : `${PATHS.areas}/${encodeURIComponent(id)}`
  return <Redirect to={search ? `${to}?${search}` : to} replace />
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path={PATHS.present} component={PresentationPage} />
        <Route>
          <Shell>
            <Suspense fallback={<Loading />}>
              <Switch>
                <Route path={PATHS.overview} component={OverviewPage} />
                <Route path={PATHS.targets} component={TargetsPage} />
                <Route path={PATHS.monitor} component={MonitorPage} />
                <Route path={PATHS.monitorIndicator}>{(p) => <MonitorDetailPage id={p.id} />}</Route>
                <Route path={PATHS.data} component={DataPage} />
                <Route path={PATHS.projects} component={ProjectsPage} />
                <Route path={PATHS.project}>{(p) => <ProjectDetailPage id={p.id} />}</Route>
                <Route path={PATHS.areas} component={AreasPage} />
                <Route path={PATHS.area}>{(p) => <AreaPage id={p.id} />}</Route>
                <Route path="/sectors">
                  <LegacyAreas />
                </Route>
                <Route path="/sectors/:id">{(p) => <LegacyAreas id={p.id} />}</Route>
                <Route path={PATHS.source} component={SourcePage} />
                <Route component={NotFound} />
              </Switch>
            </Suspense>
          </Shell>
        </Route>
      </Switch>
    </Suspense>
  )
}
