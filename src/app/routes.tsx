import { lazy, Suspense } from 'react'
import { Route, Switch } from 'wouter'
import { OverviewPage } from '@/features/overview'
import { useT } from '@/lib/i18n'
import { Shell } from './layout/shell'
import { NotFound } from './not-found'

// Overview is the first paint and stays in the entry chunk; every other screen (and all chart code)
// loads on demand.
const TargetsPage = lazy(() => import('@/features/targets').then((m) => ({ default: m.TargetsPage })))
const ProjectsPage = lazy(() => import('@/features/projects').then((m) => ({ default: m.ProjectsPage })))
const ProjectDetailPage = lazy(() =>
  import('@/features/projects').then((m) => ({ default: m.ProjectDetailPage })),
)
const SectorsPage = lazy(() => import('@/features/sectors').then((m) => ({ default: m.SectorsPage })))
const SectorPage = lazy(() => import('@/features/sectors').then((m) => ({ default: m.SectorPage })))
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

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/present" component={PresentationPage} />
        <Route>
          <Shell>
            <Suspense fallback={<Loading />}>
              <Switch>
                <Route path="/" component={OverviewPage} />
                <Route path="/targets" component={TargetsPage} />
                <Route path="/projects" component={ProjectsPage} />
                <Route path="/projects/:id">{(p) => <ProjectDetailPage id={p.id} />}</Route>
                <Route path="/sectors" component={SectorsPage} />
                <Route path="/sectors/:id">{(p) => <SectorPage id={p.id} />}</Route>
                <Route path="/source" component={SourcePage} />
                <Route component={NotFound} />
              </Switch>
            </Suspense>
          </Shell>
        </Route>
      </Switch>
    </Suspense>
  )
}
