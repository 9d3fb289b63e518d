import type { Page } from 'playwright-core'
import { reportJson } from '../../../src/testing/fixtures'

// Every screen of the app, with real ids taken from the served dataset, so the a11y, robustness
// and CSP journeys cover each screen as soon as it lands (until then they cover its placeholder).

const data = reportJson()

export const PROJECT_ID = data.projects[0]?.id ?? 'missing-project'
export const SECTOR_ID = data.areas.find((a) => a.id === 'agriculture')?.id ?? data.areas[0]?.id ?? 'missing'
export const FACT_ID = data.indicators[0]?.growth.id ?? 'missing-fact'
export const INDICATOR_ID = data.indicators[0]?.id ?? 'gdp'

export type Screen = {
  name: string
  route: string
  /** false: the screen works without the report (the data page: a backup must be possible even then). */
  dataset?: false
}

export const SCREENS: Screen[] = [
  { name: 'overview', route: '/' },
  { name: 'targets', route: '/targets' },
  { name: 'monitor', route: '/monitor' },
  { name: 'monitor detail', route: `/monitor/${INDICATOR_ID}` },
  { name: 'data', route: '/data', dataset: false },
  { name: 'projects', route: '/projects' },
  { name: 'project detail', route: `/projects/${PROJECT_ID}` },
  { name: 'areas', route: '/areas' },
  { name: 'area', route: `/areas/${SECTOR_ID}` },
  { name: 'source', route: '/source' },
  { name: 'source highlight', route: `/source?hl=${FACT_ID}` },
  { name: 'presentation', route: '/present' },
  { name: 'brief', route: '/brief' },
  { name: 'ingest', route: '/ingest', dataset: false },
  { name: 'not found', route: '/no-such-page' },
]

// Any loading status (the data, the report text, a lazy screen) in either language.
const LOADING = ['正在加载', 'Loading']

/**
 * Waits until a screen has settled: network quiet, the data loaded (no "loading" status left) and
 * something to read (a heading or an alert). Lazy chunks and the dataset arrive in that window.
 */
export async function settle(page: Page, timeout = 15_000) {
  await page.waitForLoadState('networkidle', { timeout })
  await page.waitForFunction(
    (loading) => {
      const text = document.body.textContent ?? ''
      return (
        !loading.some((l) => text.includes(l)) &&
        // a page, an error, or (once loading is over) a notice such as "no project nope"
        document.querySelector('h1, h2, [role="alert"], [role="status"]') !== null
      )
    },
    LOADING,
    { timeout },
  )
}

/** Goes to a route with a full page load (not just a hash change), then settles. */
export async function visit(page: Page, base: string, route: string) {
  await page.goto('about:blank')
  await page.goto(`${base}#${route}`)
  await settle(page)
}

// The stubs screens start as (`<h1>projects</h1>` ...): a check that needs the real screen is
// skipped, loudly, while a screen is still a stub, and applies by itself once the screen lands.
const STUB = /^(targets|projects|project .*|areas|area .*|presentation)$/

export async function isStub(page: Page): Promise<boolean> {
  const h1 = await page.evaluate(() => {
    const all = document.querySelectorAll('h1')
    return all.length === 1 ? (all[0]?.textContent ?? '').trim() : null
  })
  return h1 !== null && STUB.test(h1)
}

/**
 * The main landmark's text (on the presentation, which has no shell, the body's), without chart
 * drawings: their labels fade in with an animation, so they would make two reads of one page differ.
 */
export function mainText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = (document.querySelector('main, [role="main"]') ?? document.body).cloneNode(
      true,
    ) as HTMLElement
    for (const svg of main.querySelectorAll('svg')) svg.remove()
    return (main.textContent ?? '').replace(/\s+/g, ' ').trim()
  })
}
