import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Providers } from '@/app/providers'
import { AppRoutes } from '@/app/routes'
import { type DataOverrides, serveData } from './data'
import type { DataSet } from './fixtures'

export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } } })
}

/** Renders the whole app at a route (e.g. '/projects?sector=energy') against public/data. */
export function renderRoute(path: string, options: { data?: DataOverrides; set?: DataSet } = {}) {
  window.location.hash = path
  const fetchMock = serveData(options.data, options.set)
  const user = userEvent.setup()
  const view = render(
    <Providers client={testQueryClient()}>
      <AppRoutes />
    </Providers>,
  )
  return { ...view, user, fetchMock }
}

/** Renders one component inside the app's providers (router, query, i18n). */
export function renderWithProviders(
  ui: React.ReactNode,
  options: { path?: string; data?: DataOverrides; set?: DataSet } = {},
) {
  window.location.hash = options.path ?? '/'
  const fetchMock = serveData(options.data, options.set)
  const user = userEvent.setup()
  const view = render(<Providers client={testQueryClient()}>{ui}</Providers>)
  return { ...view, user, fetchMock }
}

/** The current hash route, e.g. '/projects?sector=energy'. */
export function currentRoute(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, ''))
}
