import type { Values } from './params'
import type { Shared } from './shared'
import type {
  compareSpec,
  deckSpec,
  monitorDetailSpec,
  monitorSpec,
  projectsSpec,
  sourceSpec,
  targetsSpec,
} from './specs'

// The one builder of every link in the app. A Route is a screen's path and its own view state; the
// parameters no screen owns (which report, and for a shared link the language and theme) are added
// by hrefOf, so no link can forget them. Components link with <RouteLink to={routes.project(id)} />
// (src/components/route-link.tsx), or useHref() where they need the string.
// The view state is typed by each screen's spec (./specs.ts) but written without it, so this module
// stays off the first paint's weight: pass only what differs from the screen's defaults (a screen's
// useSearchState().view is exactly that).

export type Route = { readonly path: string; readonly search: string }

/** The paths the app's router matches (src/app/routes.tsx). */
export const PATHS = {
  overview: '/',
  targets: '/targets',
  monitor: '/monitor',
  monitorIndicator: '/monitor/:id',
  data: '/data',
  projects: '/projects',
  project: '/projects/:id',
  areas: '/areas',
  area: '/areas/:id',
  source: '/source',
  present: '/present',
  brief: '/brief',
  ingest: '/ingest',
  compare: '/compare',
} as const

export type TargetsView = Partial<Values<typeof targetsSpec>>
export type ProjectsView = Partial<Values<typeof projectsSpec>>
export type SourceView = Partial<Values<typeof sourceSpec>>
export type DeckView = Partial<Values<typeof deckSpec>>
export type CompareView = Partial<Values<typeof compareSpec>>
export type MonitorView = Partial<Values<typeof monitorSpec>>
export type MonitorDetailView = Partial<Values<typeof monitorDetailSpec>>

/**
 * A view as search parameters: lists comma-joined; empty values (null, '', []) left out. A string is
 * a view already written out (a screen's useSearchState().view).
 */
export function viewSearch(view: Record<string, unknown> | string | undefined): string {
  if (typeof view === 'string') return view
  if (!view) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(view)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) {
      if (value.length) params.append(key, value.join(','))
    } else params.append(key, String(value))
  }
  return params.toString()
}

const at = (path: string, view?: Record<string, unknown> | string): Route => ({
  path,
  search: viewSearch(view),
})
const segment = (id: string) => encodeURIComponent(id)

export const routes = {
  overview: () => at(PATHS.overview),
  targets: (view?: TargetsView) => at(PATHS.targets, view),
  monitor: (view?: MonitorView) => at(PATHS.monitor, view),
  /** One monitored target's page: its series, every figure's source and history, its rule. */
  monitorIndicator: (id: string, view?: MonitorDetailView) => at(`/monitor/${segment(id)}`, view),
  /** The user's own data: imports (undo/redo), backup and restore, example data. */
  data: () => at(PATHS.data),
  projects: (view?: ProjectsView | string) => at(PATHS.projects, view),
  /** A project's page; `view` keeps the list's filters, so "back to the list" restores them. */
  project: (id: string, view?: ProjectsView | string) => at(`/projects/${segment(id)}`, view),
  areas: () => at(PATHS.areas),
  area: (id: string) => at(`/areas/${segment(id)}`),
  source: (view?: SourceView) => at(PATHS.source, view),
  present: (view?: DeckView) => at(PATHS.present, view),
  /** The Overview on one A4 page, to print or save as PDF. */
  brief: () => at(PATHS.brief),
  /** A report's text in, a reviewed dataset out (saved in this browser or exported). */
  ingest: () => at(PATHS.ingest),
  /** Counties of one year side by side (reports saved here or listed by the manifest). */
  compare: (view?: CompareView) => at(PATHS.compare, view),
}

/** A route at the path given, with its own search (for "this screen, other view state"). */
export function routeAt(path: string, search: string): Route {
  return { path, search }
}

/** `/projects?sector=energy&report=xian-2024`: the route's own parameters first, then the shared ones. */
export function hrefOf(r: Route, shared: Shared = {}): string {
  const params = new URLSearchParams(r.search)
  for (const [key, value] of Object.entries(shared)) if (value) params.set(key, value)
  const search = params.toString()
  return search ? `${r.path}?${search}` : r.path
}
