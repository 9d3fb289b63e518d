import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, open } from './support/app'
import {
  CODE_ERROR,
  codeErrorShown,
  countLoads,
  LAZY_SCREENS,
  OVERVIEW_FIGURE,
  overviewShown,
  screenShown,
} from './support/failures'
import { type Scratch, scratchServer } from './support/scratch-server'

// A screen's code that does not arrive never leaves a white page: a 404 (route interception: the
// preview server cannot answer 404 for a missing file), the real server's index.html in its place, a
// redeploy that renamed the chunks, and the entry script itself. Each ends in a message and a working
// way out. The service worker is blocked here: this is the app's own handling, for a first visit or a
// browser without one (tests/e2e/offline.e2e.ts has the service worker).

let browser: Browser
let scratch: Scratch
beforeAll(async () => {
  browser = await launch()
  scratch = await scratchServer(Number(process.env.E2E_SCRATCH_PORT ?? 4398))
})
afterAll(async () => {
  await browser?.close()
  await scratch?.stop()
})

describe('a lazy chunk answered with 404', () => {
  it.each(LAZY_SCREENS)(
    '$name: one automatic reload, then a message; Back to Overview and Reload work',
    async ({ route, chunk }) => {
      let broken = true
      const { page, context } = await open(browser, route, {
        waitUntil: 'commit',
        routes: async (c) => {
          await c.route(`**/assets/${chunk}-*.js`, (r) =>
            broken ? r.fulfill({ status: 404, body: 'gone' }) : r.fallback(),
          )
        },
      })
      const loads = countLoads(page)
      await codeErrorShown(page)
      expect(loads()).toBe(2) // the first load, and the one automatic reload: no loop
      // The Overview's code is always there (not the data checks': there Reload is the way out).
      if (chunk !== 'validate') {
        await page.getByRole('link', { name: '返回总览' }).click()
        await overviewShown(page)
        await page.goBack()
        await codeErrorShown(page)
      }
      // The failure gone (the network back, the file restored): Reload opens the screen.
      broken = false
      await page.getByRole('button', { name: '重新加载' }).click()
      await screenShown(page)
      expect(await page.getByRole('alert').filter({ hasText: CODE_ERROR }).count()).toBe(0)
      await context.close()
    },
  )
})

describe('a lazy chunk answered with the server’s index.html (the real server, file deleted)', () => {
  it.each(LAZY_SCREENS)(
    '$name: a message after one reload; Reload works once the file is back',
    async ({ route, chunk }) => {
      await scratch.reset()
      await scratch.remove(scratch.chunk(chunk))
      const { page, context } = await open(browser, route, { base: scratch.url, waitUntil: 'commit' })
      const loads = countLoads(page)
      await codeErrorShown(page)
      expect(loads()).toBe(2)
      await scratch.reset()
      await page.getByRole('button', { name: '重新加载' }).click()
      await screenShown(page)
      await context.close()
    },
  )
})

describe('a redeploy while the page is open', () => {
  it('the old chunk name is gone: the page reloads once by itself into the new version', async () => {
    await scratch.reset()
    const { page, context, errors } = await open(browser, '/', { base: scratch.url })
    await overviewShown(page)
    // The page has its entry script (the prerendered Overview shows before it is even requested):
    // renamed any earlier, the page would fetch the new entry and never see the old name.
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => /\/assets\/index-[\w-]+\.js$/.test(e.name)),
    )
    const loads = countLoads(page)
    await scratch.rename(scratch.chunk('targets'), 'assets/targets-redeployed.js')
    await page.getByRole('navigation').getByRole('link', { name: '目标' }).click()
    await expect.poll(loads, { timeout: 20_000 }).toBe(1) // one reload: the new entry asks for the new name
    await page.getByRole('heading', { level: 1, name: /年目标$/ }).waitFor()
    await screenShown(page)
    expect(loads()).toBe(1)
    expect(new URL(page.url()).hash).toBe('#/targets')
    expect(await page.locator('script[src*="index-"]').count()).toBeGreaterThan(0)
    expect(errors.filter((e) => !/Failed to (load|fetch)|MIME type/.test(e))).toEqual([])
    await context.close()
  })
})

describe('the entry script does not load', () => {
  const entry404 = {
    routes: async (c: BrowserContext) => {
      await c.route('**/assets/index-*.js', (r) => r.fulfill({ status: 404, body: '' }))
    },
  }

  it('on the Overview: a banner says the page shows the data as built, with Reload', async () => {
    const { page, context } = await open(browser, '/', entry404)
    const banner = page.getByRole('alert').filter({ hasText: '页面程序未能加载' })
    await banner.waitFor()
    expect(await banner.textContent()).toContain('构建时的数据')
    expect(await page.locator('#root').textContent()).toContain(OVERVIEW_FIGURE)
    expect(await banner.getByRole('button', { name: '重新加载' }).count()).toBe(1)
    await context.close()
  })

  it('on a screen the build rendered: the screen as built, and a banner that says so', async () => {
    const { page, context } = await open(browser, '/projects', entry404)
    const banner = page.getByRole('alert').filter({ hasText: '页面程序未能加载' })
    await banner.waitFor()
    expect(await banner.textContent()).toContain('构建时的数据')
    await page.getByRole('heading', { level: 1, name: '项目' }).waitFor()
    expect(await page.locator('#root').textContent()).toMatch(/显示 \d+ \/ \d+ 个项目/)
    expect(await banner.getByRole('button', { name: '查看总览（构建时的数据）' }).count()).toBe(0)
    await context.close()
  })

  it('on a screen the build did not render: says it cannot open, and shows the Overview as built on request', async () => {
    const { page, context } = await open(browser, '/compare', entry404)
    const banner = page.getByRole('alert').filter({ hasText: '无法打开此页面' })
    await banner.waitFor()
    await banner.getByRole('button', { name: '查看总览（构建时的数据）' }).click()
    expect(await page.evaluate(() => document.documentElement.dataset.prerender)).toBe('use')
    expect(await page.locator('#root').isVisible()).toBe(true)
    expect(await page.locator('#entry-failed').textContent()).toContain('构建时的数据')
    expect(new URL(page.url()).hash).toBe('')
    await context.close()
  })

  it('answered by the real server with index.html: the same banner; Reload works once it is back', async () => {
    await scratch.reset()
    const entryFile = scratch.read('index.html').match(/assets\/index-[\w-]+\.js/)?.[0] ?? '∅'
    await scratch.remove(entryFile)
    const { page, context } = await open(browser, '/', { base: scratch.url })
    await page.getByRole('alert').filter({ hasText: '页面程序未能加载' }).waitFor()
    await scratch.reset()
    await page.getByRole('button', { name: '重新加载' }).click()
    await overviewShown(page)
    await page.getByRole('navigation').getByRole('link', { name: '项目' }).click()
    await screenShown(page)
    await context.close()
  })
})
