import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_REPORT } from '../../src/testing/fixtures'
import { appOwns, launch, open } from './support/app'
import { holdEntry } from './support/hold-entry'

// The build puts the Overview, rendered, into index.html (src/app/prerender). These journeys hold the
// app's script back to look at the page as a slow PC shows it before any JavaScript has run, then let
// it go and check that the app takes the page over correctly.

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const gdpCard = (page: Page, name = '地区生产总值') => page.getByRole('article', { name })
/** The prerendered cards are in the DOM even while hidden (and role queries skip hidden elements). */
const prerendered = (page: Page) => page.locator('#root[data-prerendered] article').first()
/** Waits until the app has taken the page over: a source button in `card` opens its quote. */
async function untilInteractive(page: Page, card: Locator) {
  await appOwns(page, '#root article button')
  await card.getByRole('button').first().click()
  await page.getByRole('dialog').first().waitFor({ timeout: 15_000 })
}

/** Whether #root is seen: 'hidden' while it is left out (display: none) or unseen (visibility). */
const rootVisibility = (page: Page) =>
  page.evaluate(() =>
    (document.getElementById('root') as HTMLElement).checkVisibility({ visibilityProperty: true })
      ? 'visible'
      : 'hidden',
  )

describe('the prerendered Overview', () => {
  it('shows the numbers without any JavaScript, never a blank page', async () => {
    const { routes } = holdEntry(true)
    const { page, context, foreign } = await open(browser, '/', { routes })
    await expect.poll(() => page.getByRole('article').count()).toBe(7)
    for (const text of ['113.6亿元', '5.0%', '8.0%', '+3.0个百分点'])
      expect(await gdpCard(page).getByText(text, { exact: true }).isVisible()).toBe(true)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('朝阳县2023年政府工作报告')
    expect(foreign).toEqual([])
    await context.close()
  })

  it('is painted before the app script is even requested', async () => {
    const { page, context } = await open(browser, '/')
    const timing = () =>
      page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        entry: performance.getEntriesByType('resource').find((e) => /\/assets\/index-[^/]*\.js$/.test(e.name))
          ?.startTime,
      }))
    await expect.poll(async () => (await timing()).entry, { timeout: 15_000 }).toBeTypeOf('number')
    const { fcp, entry } = await timing()
    expect(fcp).toBeTypeOf('number')
    expect(entry).toBeGreaterThanOrEqual(fcp as number)
    await context.close()
  })

  it('becomes interactive in place: the same elements, no mismatch, no console errors', async () => {
    const { routes, release } = holdEntry()
    const { page, errors, context } = await open(browser, '/', { routes, waitUntil: 'commit' })
    await gdpCard(page).waitFor()
    await gdpCard(page).evaluate((el) => el.setAttribute('data-seen-before-js', ''))
    release()
    const card = gdpCard(page)
    await untilInteractive(page, card)
    expect(await page.getByRole('dialog').first().textContent()).toContain('113.6亿元')
    expect(await card.getAttribute('data-seen-before-js')).toBe('') // hydrated, not re-created
    expect(errors).toEqual([])
    await context.close()
  })

  it('does not lose a click or a menu choice made before the app has taken the page over', async () => {
    const { routes, release } = holdEntry()
    const { page, errors, context } = await open(browser, '/', { routes, waitUntil: 'commit' })
    await gdpCard(page).waitFor()
    await page.getByRole('button', { name: /语言/ }).click() // nothing listens yet
    await page.getByRole('combobox').selectOption('dark')
    release()
    await gdpCard(page, 'Gross regional product (GRP)').getByText('CNY 11.36 bn').waitFor({ timeout: 15_000 })
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).toBe('dark')
    expect(await page.getByRole('combobox').inputValue()).toBe('dark')
    expect(errors).toEqual([])
    await context.close()
  })

  it('never flashes on a link to a screen the build did not render', async () => {
    const { routes, release } = holdEntry()
    const { page, errors, context } = await open(browser, '/compare', { routes, waitUntil: 'commit' })
    await prerendered(page).waitFor({ state: 'attached' })
    expect(await rootVisibility(page)).toBe('hidden')
    release()
    await page.locator('#root main h1').waitFor()
    expect(await rootVisibility(page)).toBe('visible')
    expect(await gdpCard(page).count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('never flashes Chinese to an English user, nor light to a dark one: the English Overview comes first', async () => {
    const { routes, release } = holdEntry()
    const { page, errors, context } = await open(browser, '/', {
      routes,
      waitUntil: 'commit',
      lang: 'en',
      theme: 'dark',
    })
    // Until the English fragment is in, the Chinese Overview is never visible.
    const seen = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const states: string[] = []
          const look = () => {
            const root = document.getElementById('root')
            const shown = root?.checkVisibility({ visibilityProperty: true })
            states.push(`${shown ? 'shown' : 'hidden'}:${root?.dataset.screen ?? 'zh/'}`)
            if (shown && root?.dataset.screen) resolve(states)
            else requestAnimationFrame(look)
          }
          look()
        }),
    )
    expect(seen.filter((s) => s.startsWith('shown:zh'))).toEqual([])
    expect(await page.evaluate(() => document.documentElement.className)).toBe('dark')
    const card = gdpCard(page, 'Gross regional product (GRP)')
    expect(await card.getByText('CNY 11.36 bn').isVisible()).toBe(true) // before any app script
    release()
    await untilInteractive(page, card)
    expect(await rootVisibility(page)).toBe('visible')
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps a dark theme dark from the first paint through hydration', async () => {
    const watchTheme = async (context: BrowserContext) => {
      await context.addInitScript(() => {
        if (location.protocol === 'about:') return
        const seen: string[] = []
        Object.assign(window, { themeClasses: seen })
        new MutationObserver((records) => {
          for (const r of records)
            if (r.target === document.documentElement && r.attributeName === 'class')
              seen.push(document.documentElement.className)
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['class'] })
      })
    }
    const { page, errors, context } = await open(browser, '/', { routes: watchTheme, theme: 'dark' })
    const card = gdpCard(page)
    await untilInteractive(page, card)
    const seen = await page.evaluate(() => (window as unknown as { themeClasses: string[] }).themeClasses)
    expect(seen.length).toBeGreaterThan(0)
    for (const classes of seen) expect(classes.split(' ')).toContain('dark')
    expect(errors).toEqual([])
    await context.close()
  })

  it('gives way to the served data when it changed after the build', async () => {
    const { routes, release } = holdEntry()
    const changed = async (context: BrowserContext) => {
      await routes(context)
      await context.route(`**/data/${DEFAULT_REPORT.file}`, async (route) => {
        const response = await route.fetch()
        await route.fulfill({ response, body: `${await response.text()}\n` }) // same data, other bytes
      })
    }
    const { page, errors, context } = await open(browser, '/', { routes: changed, waitUntil: 'commit' })
    await gdpCard(page).waitFor()
    await gdpCard(page).evaluate((el) => el.setAttribute('data-seen-before-js', ''))
    release()
    await expect.poll(() => page.locator('[data-seen-before-js]').count(), { timeout: 15_000 }).toBe(0) // rendered afresh from the served file
    expect(await gdpCard(page).getByText('113.6亿元').isVisible()).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })
})
