import type { BrowserContext } from 'playwright-core'
import { dataPath } from '../../../src/testing/fixtures'

/**
 * Serves the two-report data set (the app's own report plus the invented demo-2024 of
 * tests/fixtures/data) in place of the built app's data: the manifest and every data file the
 * fixture has; the rest falls through to the preview server.
 */
export async function serveTwoReports(context: BrowserContext) {
  await context.route(/\/data\/.+/, async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*?\/data\//, '')
    const file = dataPath(path, 'two-reports')
    if (!file?.includes('/tests/fixtures/')) return route.fallback()
    return route.fulfill({
      path: file,
      contentType: path.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8',
    })
  })
}
