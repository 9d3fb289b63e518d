import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appOwns, launch, open } from './support/app'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Waits until the element is visible (fails the test on timeout). */
const visible = (l: Locator) => l.waitFor({ state: 'visible', timeout: 10_000 })

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]

/** True when nothing on the page reaches below the viewport (the shell's min-h-screen hides overflow in scrollHeight alone). */
async function fitsWithoutScrolling(page: Page) {
  return page.evaluate(() => {
    const main = document.getElementById('main')
    const last = main?.lastElementChild?.getBoundingClientRect().bottom ?? 0
    return {
      scrollHeight: document.documentElement.scrollHeight,
      innerHeight: window.innerHeight,
      contentBottom: Math.ceil(last + window.scrollY),
    }
  })
}

describe('Overview on a laptop and a projector', () => {
  const cases = SIZES.flatMap((viewport) =>
    (['zh', 'en'] as const).flatMap((lang) =>
      (['light', 'projector'] as const).map((theme) => ({ viewport, lang, theme })),
    ),
  )
  for (const { viewport, lang, theme } of cases) {
    it(`shows every indicator without scrolling at ${viewport.width}×${viewport.height} (${lang}, ${theme})`, async () => {
      const { page, errors, foreign, context } = await open(browser, '/', { viewport, lang, theme })
      const gdp = page.getByRole('article', {
        name: lang === 'zh' ? '地区生产总值' : 'Gross regional product (GRP)',
      })
      await gdp.waitFor()
      await visible(gdp.getByText(lang === 'zh' ? '113.6亿元' : 'CNY 11.36 bn'))
      await visible(gdp.getByText('5.0%'))
      await visible(gdp.getByText('8.0%'))
      await visible(gdp.getByText(lang === 'zh' ? '+3.0个百分点' : '+3.0 pp'))
      expect(await page.getByRole('article').count()).toBe(7)
      const fit = await fitsWithoutScrolling(page)
      expect(fit.scrollHeight).toBeLessThanOrEqual(fit.innerHeight)
      expect(fit.contentBottom).toBeLessThanOrEqual(fit.innerHeight)
      // The last headline tile and the last card are on screen, too.
      for (const text of [
        lang === 'zh' ? '49.4亿元' : 'CNY 4.94 bn',
        lang === 'zh' ? '17,357元' : 'CNY 17,357',
      ]) {
        const box = await page.getByText(text, { exact: true }).boundingBox()
        expect(box && box.y + box.height).toBeLessThanOrEqual(viewport.height)
      }
      expect(errors).toEqual([])
      expect(foreign).toEqual([])
      await context.close()
    })
  }
})

/** Opens every source/formula pop-up of the page in turn; returns those that leave the viewport. */
async function popupsOutside(page: Page, marks = 'main button[aria-controls][aria-expanded]') {
  const buttons = page.locator(marks)
  const n = await buttons.count()
  const outside: string[] = []
  const sides: string[] = []
  for (let i = 0; i < n; i++) {
    const button = buttons.nth(i)
    await button.click()
    const dialog = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`)
    await dialog.waitFor()
    // Placed before paint: its box is final once it is visible.
    const box = await dialog.evaluate((el) => {
      const r = el.getBoundingClientRect()
      return {
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
        vw: document.documentElement.clientWidth,
        vh: window.innerHeight,
        clipped: el.scrollHeight > el.clientHeight + 1,
      }
    })
    sides.push((await dialog.getAttribute('data-side')) ?? '')
    if (box.left < 0 || box.top < 0 || box.right > box.vw || box.bottom > box.vh)
      outside.push(`${await button.getAttribute('aria-label')}: ${JSON.stringify(box)}`)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
  }
  return { count: n, outside, sides }
}

describe('Overview pop-ups stay inside the viewport', () => {
  for (const viewport of SIZES)
    for (const lang of ['zh', 'en'] as const)
      it(`opens every card's quotes and formula inside the screen at ${viewport.width}×${viewport.height} (${lang})`, async () => {
        const { page, errors, context } = await open(browser, '/', { viewport, lang })
        await page.getByRole('article').first().waitFor()
        // The cards' and tiles' marks (the band of areas' figures, loaded late on a wide screen, has
        // its own: tests/e2e/wide-screens.e2e.ts).
        const { count, outside, sides } = await popupsOutside(
          page,
          'main button[aria-controls][aria-expanded]:not([aria-labelledby="overview-band"] *)',
        )
        // One quiet info mark per card and per tile: 7 indicators and 5 headline tiles.
        expect(count).toBe(12)
        expect(outside).toEqual([])
        expect(sides[0]).toBe('below')
        expect(errors).toEqual([])
        await context.close()
      })

  it('keeps the Targets table’s pop-ups inside too', async () => {
    const viewport = { width: 1366, height: 768 }
    const { page, context } = await open(browser, '/targets', { viewport })
    await page.getByRole('table', { name: '指标、目标与推算水平' }).waitFor()
    // The prerendered table paints first: its marks open pop-ups once the app has taken it over.
    await appOwns(page, 'main table')
    await page.getByRole('table', { name: '指标、目标与推算水平' }).scrollIntoViewIfNeeded()
    const { count, outside, sides } = await popupsOutside(page)
    expect(count).toBeGreaterThan(20)
    expect(outside).toEqual([])
    // Marks low on the screen open their pop-up above (flip); the rest below.
    expect(sides).toContain('above')
    expect(sides).toContain('below')
    await context.close()
  })
})

describe('Overview journeys', () => {
  it('switches language in the page, opens a source, and goes on to the Targets chart and table', async () => {
    const { page, errors, foreign, context } = await open(browser, '/')
    const gdp = page.getByRole('article', { name: '地区生产总值' })
    await gdp.getByText('113.6亿元').waitFor()

    await page.getByRole('button', { name: /语言/ }).click()
    const gdpEn = page.getByRole('article', { name: 'Gross regional product (GRP)' })
    await visible(gdpEn.getByText('CNY 11.36 bn'))

    const name = 'Source and formula of Gross regional product (GRP)'
    await gdpEn.getByRole('button', { name, exact: true }).click()
    const dialog = page.getByRole('dialog', { name })
    await visible(dialog.getByText('预计全年完成地区生产总值113.6亿元,增长5%'))
    await visible(dialog.getByText('8% − 5%'))
    await page.keyboard.press('Escape')

    await page.getByRole('link', { name: /2023 targets and tasks/ }).click()
    const figure = page.getByRole('figure', { name: '2022 growth vs 2023 target' })
    await figure.locator('[data-chart] svg [data-bar="target"]').first().waitFor()
    expect(await figure.locator('[data-bar="growth"]').count()).toBe(7)
    expect(await figure.locator('[data-bar="target"]').count()).toBe(7)
    await figure.getByRole('button', { name: 'Table' }).click()
    await visible(figure.getByRole('table').getByRole('rowheader', { name: 'Gross regional product (GRP)' }))
    expect(page.url()).toContain('#/targets?view=table')
    await visible(page.getByRole('table', { name: 'Indicators, targets and implied levels' }))
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await context.close()
  })
})
