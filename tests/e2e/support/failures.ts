import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { INDICATOR_ID, PROJECT_ID, SECTOR_ID } from './screens'

// What the failure journeys share: each lazy screen and the chunk that carries it, and what "a
// message and a way out" means on the page.

export const LAZY_SCREENS = [
  { name: 'targets', route: '/targets', chunk: 'targets' },
  { name: 'monitor', route: '/monitor', chunk: 'monitor' },
  { name: 'monitor detail', route: `/monitor/${INDICATOR_ID}`, chunk: 'monitor' },
  { name: 'data', route: '/data', chunk: 'data-manager' },
  { name: 'projects', route: '/projects', chunk: 'projects' },
  { name: 'project detail', route: `/projects/${PROJECT_ID}`, chunk: 'projects' },
  { name: 'areas', route: '/areas', chunk: 'areas' },
  { name: 'area', route: `/areas/${SECTOR_ID}`, chunk: 'areas' },
  { name: 'source', route: '/source', chunk: 'source' },
  { name: 'presentation', route: '/present', chunk: 'presentation' },
  { name: 'ingest', route: '/ingest', chunk: 'ingest' },
  // Not a screen but code every screen rendered afresh needs: the data checks (zod), loaded on
  // demand. (A prerendered screen hydrates from the data it was built from, unchecked: not there;
  // an indicator's monitoring page is never prerendered.)
  { name: 'data checks', route: `/monitor/${INDICATOR_ID}`, chunk: 'validate' },
] as const

/** A figure of the Overview, as the report states it: proof the Overview really shows. */
export const OVERVIEW_FIGURE = '113.6'
export const CODE_ERROR = /此页面未能打开|This screen could not be opened/

/** Counts the page's full loads (the first one included). */
export function countLoads(page: Page): () => number {
  let loads = 0
  page.on('load', () => {
    loads++
  })
  return () => loads
}

/** The message of a screen whose code did not load, with its two ways out. */
export async function codeErrorShown(page: Page) {
  const alert = page.getByRole('alert').filter({ hasText: CODE_ERROR })
  await alert.first().waitFor({ timeout: 15_000 })
  expect(await alert.getByRole('button', { name: '重新加载' }).count()).toBe(1)
  expect(await alert.getByRole('link', { name: '返回总览' }).count()).toBe(1)
  return alert
}

/** Waits until the Overview shows its figures (rendered by the app, not an error). */
export async function overviewShown(page: Page) {
  await page.waitForFunction(
    (figure) => {
      const main = document.querySelector('main')
      return Boolean(main?.textContent?.includes(figure)) && !document.querySelector('main [role="alert"]')
    },
    OVERVIEW_FIGURE,
    { timeout: 15_000 },
  )
}

/**
 * Waits until a screen shows a heading and no error or loading status is left. The heading must be
 * on screen: a link to another screen first holds the prerendered Overview, hidden
 * (html[data-prerender=skip]) until that screen's fragment or the app replaces it, and its headings
 * are not the screen asked for.
 */
export async function screenShown(page: Page, timeout = 20_000) {
  await page.waitForFunction(
    () => {
      const text = document.body.textContent ?? ''
      const shown = Array.from(document.querySelectorAll('h1, h2, [data-slide]')).some((el) =>
        el.checkVisibility({ visibilityProperty: true }),
      )
      return shown && !/正在加载|Loading|此页面未能打开|数据无法加载/.test(text)
    },
    undefined,
    { timeout },
  )
}
