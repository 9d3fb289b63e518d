import { lazy, Suspense } from 'react'
import { Redirect, Route, Switch, useSearch } from 'wouter'
import { Loading } from '@/components/loading'
import { ScreenBoundary } from '@/components/screen-boundary'
import { OverviewPage } from '@/features/overview'
import { loadCode } from '@/lib/code-load/load-code'
import { PATHS } from '@/lib/routes/routes'
import { Shell } from './layout/shell'
import { ScreenCommitted } from './prerender/committed'

// Overview is the first paint and stays in the entry chunk; every other screen (and all chart code)
// loads on demand, through loadCode (a chunk that fails or stalls becomes a CodeLoadError), inside a
// ScreenBoundary that turns any failure into a message with a way out.
const targets = () => loadCode(() => import('@/features/targets'))
const projects = () => loadCode(() => import('@/features/projects'))
const areas = () => loadCode(() => import('@/features/areas'))
const TargetsPage = lazy(() => targets().then((m) => ({ default: m.TargetsPage })))
const ProjectsPage = lazy(() => projects().then((m) => ({ default: m.ProjectsPage })))
const ProjectDetailPage = lazy(() => projects().then((m) => ({ default: m.ProjectDetailPage })))
const AreasPage = lazy(() => areas().then((m) => ({ default: m.AreasPage })))
const AreaPage = lazy(() => areas().then((m) => ({ default: m.AreaPage })))
const SourcePage = lazy(() =>
  loadCode(() => import('@/features/source')).then((m) => ({ default: m.SourcePage })),
)
const monitor = () => loadCode(() => import('@/features/monitor'))
const MonitorPage = lazy(() => monitor().then((m) => ({ default: m.MonitorPage })))
const MonitorDetailPage = lazy(() => monitor().then((m) => ({ default: m.MonitorDetailPage })))
const DataPage = lazy(() =>
  loadCode(() => import('@/features/data-manager')).then((m) => ({ default: m.DataPage })),
)
const BriefPage = lazy(() =>
  loadCode(() => import('@/features/brief')).then((m) => ({ default: m.BriefPage })),
)
// The extraction pipeline and its review: only on #/ingest (the pipeline itself runs in a worker).
const IngestPage = lazy(() =>
  loadCode(() => import('@/features/ingest')).then((m) => ({ default: m.IngestPage })),
)
const ComparePage = lazy(() =>
  loadCode(() => import('@/features/compare')).then((m) => ({ default: m.ComparePage })),
)
// A mistyped link is rare: its page is not on the first paint.
const NotFound = lazy(() => loadCode(() => import('./not-found')).then((m) => ({ default: m.NotFound })))
const PresentationPage = lazy(() =>
  loadCode(() => import('@/features/presentation')).then((m) => ({ default: m.PresentationPage })),
)

/** The areas screen was once at /sectors: old links land on the same view, search and all. */
function LegacyAreas({ id }: { id?: string | undefined }) {
  const search = useSearch()
  const to = id === undefined ? PATHS.areas : `${PATHS.areas}/${encodeURIComponent(id)}`
  return <Redirect to={search ? `${to}?${search}` : to} replace />
}

export function AppRoutes() {
  // Two boundaries: the outer one catches the deck and the shell itself; the inner one keeps the
  // shell (navigation, preferences) working around a screen that failed.
  return (
    <ScreenBoundary>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path={PATHS.present}>
            <PresentationPage />
            <ScreenCommitted />
          </Route>
          <Route>
            <Shell>
              <ScreenBoundary>
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
                    <Route path={PATHS.brief} component={BriefPage} />
                    <Route path={PATHS.compare} component={ComparePage} />
                    <Route path={PATHS.ingest} component={IngestPage} />
                    <Route component={NotFound} />
                  </Switch>
                  <ScreenCommitted />
                </Suspense>
              </ScreenBoundary>
            </Shell>
          </Route>
        </Switch>
      </Suspense>
    </ScreenBoundary>
  )
}
