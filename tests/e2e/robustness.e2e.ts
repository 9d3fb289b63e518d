import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_REPORT } from '../../src/testing/fixtures'
import { launch, open } from './support/app'
import { isStub, mainText, SCREENS, settle } from './support/screens'

// Whatever a link, a saved preference or a data file throws at the built app, it answers with a
// notice or a not-found page and a sane fallback: never a crash, never a blank page.

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const GARBAGE = `sector=%00%ff&stage=<script>&q=${'x'.repeat(5000)}&slide=-1&view=bogus`
const withGarbage = (route: string) => `${route}${route.includes('?') ? '&' : '?'}${GARBAGE}`
const PARAM_NOTICE = /链接中的参数无法识别|Ignored link parameters/
const NOT_FOUND = /找不到此页面|Page not found/i
// A browser logs a failed fetch as a console error; the page's own handling is what we test.
const notFetchNoise = (e: string) => !/Failed to load resource/.test(e)

async function noticeText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="status"], [role="alert"]')]
      .map((el) => (el.textContent ?? '').trim())
      .join(' | '),
  )
}

describe('garbage query parameters on every route', () => {
  it.each(SCREENS)('$name ($route)', async ({ route }) => {
    const clean = await open(browser, route)
    await settle(clean.page)
    const before = await mainText(clean.page)
    await clean.context.close()

    const { page, context, errors } = await open(browser, withGarbage(route))
    await settle(page)
    const after = await mainText(page)
    const notices = await noticeText(page)
    const stub = await isStub(page)
    await context.close()

    expect(errors).toEqual([])
    expect(after.length).toBeGreaterThan(0)
    expect(after).not.toContain('x'.repeat(200)) // the 5000-character value is never echoed whole
    if (stub) return console.warn(`robustness: ${route} is still a stub; notice check skipped`)
    // Either the page says which parameters it ignored (or that the page does not exist), or the
    // parameters had no effect at all: it shows exactly what the clean link shows.
    if (!PARAM_NOTICE.test(notices) && !NOT_FOUND.test(after)) expect(after).toBe(before)
  })
})

const UNKNOWN = [
  { name: 'unknown project', route: '/projects/nope', id: 'nope' },
  { name: 'unknown sector', route: '/sectors/nope', id: 'nope' },
  { name: 'unknown source highlight', route: '/source?hl=nope', id: 'nope' },
  { name: '3000-character project id', route: `/projects/${'p'.repeat(3000)}`, id: 'ppppp' },
  { name: '500-character CJK sector id', route: `/sectors/${'%E5%9B%BD'.repeat(500)}`, id: '国国国' },
  { name: '600-segment path', route: `/${'deep/'.repeat(600)}`, id: 'deep/deep' },
  { name: 'control bytes and markup in an id', route: '/projects/%00%ff<script>', id: '' },
]

describe('unknown ids and very long paths', () => {
  it.each(UNKNOWN)('$name', async ({ route, id }) => {
    const { page, context, errors } = await open(browser, route)
    await settle(page)
    const text = await mainText(page)
    const notices = await noticeText(page)
    const stub = await isStub(page)
    const links = await page.locator('main a[href]').count()
    await context.close()
    expect(errors).toEqual([])
    expect(text.length).toBeGreaterThan(0)
    if (stub) return console.warn(`robustness: ${route.slice(0, 40)} is still a stub; notice check skipped`)
    // A friendly notice naming what was not found (or the not-found page), and a way on.
    expect(notices.length, `no notice on ${route.slice(0, 60)}`).toBeGreaterThan(0)
    if (id) expect(`${notices} ${text}`).toContain(id)
    expect(links, 'a link back').toBeGreaterThan(0)
  })
})

const PREFS_KEY = 'work-report-dashboard:prefs'
const RECOVERED = /已保存的偏好设置无法读取|Saved preferences could not be read/

describe('saved preferences that cannot be used', () => {
  const cases = [
    { name: 'not JSON', raw: '{"state": {"lang": "en"', lang: 'zh', theme: 'light', notice: true },
    { name: 'JSON of the wrong shape', raw: '[1,2,3]', lang: 'zh', theme: 'light', notice: true },
    {
      name: 'wrong field types',
      raw: JSON.stringify({ state: { lang: 42, theme: { a: 1 } }, version: 1 }),
      lang: 'zh',
      theme: 'light',
      notice: true,
    },
    {
      name: 'version 0 with unknown values',
      raw: JSON.stringify({ state: { lang: 'fr', theme: 'purple' }, version: 0 }),
      lang: 'zh',
      theme: 'light',
      notice: true,
    },
    {
      name: 'version 0 whose values still make sense (kept)',
      raw: JSON.stringify({ state: { lang: 'en', theme: 'dark' }, version: 0 }),
      lang: 'en',
      theme: 'dark',
      notice: false,
    },
    {
      name: 'a future version',
      raw: JSON.stringify({ state: { lang: 'en', theme: 'sepia', extra: [1] }, version: 99 }),
      lang: 'en',
      theme: 'light',
      notice: true,
    },
    { name: 'null', raw: 'null', lang: 'zh', theme: 'light', notice: false },
  ]
  it.each(cases)('$name', async ({ raw, lang, theme, notice }) => {
    const { page, context, errors } = await open(browser, '/', { storage: { [PREFS_KEY]: raw } })
    await settle(page)
    const html = await page.evaluate(() => ({
      cls: document.documentElement.className,
      nav: document.querySelector('nav')?.textContent ?? '',
    }))
    const notices = await noticeText(page)
    const text = await mainText(page)
    await context.close()
    expect(errors).toEqual([])
    expect(text.length).toBeGreaterThan(0)
    expect(html.cls.split(/\s+/)).toContain(theme)
    expect(html.nav).toContain(lang === 'zh' ? '总览' : 'Overview')
    expect(RECOVERED.test(notices), notices).toBe(notice)
  })
})

const REPORT = `data/${DEFAULT_REPORT.file}`

describe('a broken dataset served to the real app', () => {
  const cases = [
    {
      name: 'invalid JSON',
      body: (json: string) => ({ status: 200, body: `${json.slice(0, 400)},` }),
      expect: [REPORT, /JSON/],
    },
    {
      name: 'a missing field',
      body: (json: string) => {
        const data = JSON.parse(json)
        delete data.indicators[0].growth.value
        return { status: 200, body: JSON.stringify(data) }
      },
      expect: [REPORT, 'indicators[0].growth.value'],
    },
    {
      name: 'a 404',
      body: () => ({ status: 404, body: 'not found' }),
      expect: [REPORT, /404/],
    },
  ]
  const screens = SCREENS.filter((s) => s.name !== 'not found' && s.dataset !== false)
  it.each(cases.flatMap((c) => screens.map((s) => ({ ...c, screen: s.name, route: s.route }))))(
    '$name on $screen',
    async ({ route, body, expect: wanted }) => {
      const { page, context, errors } = await open(browser, route)
      await settle(page)
      if (await isStub(page)) {
        await context.close()
        return console.warn(`robustness: ${route} is still a stub; dataset check skipped`)
      }
      await page.route(`**/${REPORT}`, async (r) => {
        const real = await (await r.fetch()).text()
        await r.fulfill({ contentType: 'application/json', ...body(real) })
      })
      await page.reload()
      const panel = page.getByRole('alert').filter({ hasText: REPORT })
      await panel.first().waitFor({ timeout: 10_000 })
      const shown = (await panel.first().textContent()) ?? ''
      await context.close()
      for (const w of wanted) typeof w === 'string' ? expect(shown).toContain(w) : expect(shown).toMatch(w)
      expect(errors.filter(notFetchNoise)).toEqual([])
    },
  )
})
