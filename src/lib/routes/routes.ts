import { type Spec, stringifySearch, type Values } from './params'
import type { Shared } from './shared'
import { deckSpec, projectsSpec, sourceSpec, targetsSpec } from './specs'

// The one builder of every link in the app. A Route is a screen's path and its own view state; the
// parameters no screen owns (which report, and for a shared link the language and theme) are added
// by hrefOf, so no link can forget them. Components link with <RouteLink to={routes.project(id)} />
// (src/components/route-link.tsx), or useHref() where they need the string.

export type Route = { readonly path: string; readonly search: string }

/** The paths the app's router matches (src/app/routes.tsx). */
export const PATHS = {
  overview: '/',
  targets: '/targets',
  projects: '/projects',
  project: '/projects/:id',
  areas: '/areas',
  area: '/areas/:id',
  source: '/source',
  present: '/present',
} as const

type ViewOf<S extends Spec> = Partial<Values<S>>

function route<S extends Spec>(path: string, spec?: S, values?: ViewOf<S>): Route {
  return { path, search: spec && values ? stringifySearch(values, spec) : '' }
}

const segment = (id: string) => encodeURIComponent(id)

export const routes = {
  overview: () => route(PATHS.overview),
  targets: (view?: ViewOf<typeof targetsSpec>) => route(PATHS.targets, targetsSpec, view),
  projects: (view?: ViewOf<typeof projectsSpec>) => route(PATHS.projects, projectsSpec, view),
  /** A project's page; `view` keeps the list's filters, so "back to the list" restores them. */
  project: (id: string, view?: ViewOf<typeof projectsSpec>) =>
    route(`/projects/${segment(id)}`, projectsSpec, view),
  areas: () => route(PATHS.areas),
  area: (id: string) => route(`/areas/${segment(id)}`),
  source: (view?: ViewOf<typeof sourceSpec>) => route(PATHS.source, sourceSpec, view),
  present: (view?: ViewOf<typeof deckSpec>) => route(PATHS.present, deckSpec, view),
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
