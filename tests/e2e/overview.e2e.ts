import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, open } from './support/app'

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
        name: lang === 'zh' ? '地区生产总值' : 'Gross domestic product (GDP)',
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

describe('Overview journeys', () => {
  it('switches language in the page, opens a source, and goes on to the Targets chart and table', async () => {
    const { page, errors, foreign, context } = await open(browser, '/')
    const gdp = page.getByRole('article', { name: '地区生产总值' })
    await gdp.getByText('113.6亿元').waitFor()

    await page.getByRole('button', { name: /语言/ }).click()
    const gdpEn = page.getByRole('article', { name: 'Gross domestic product (GDP)' })
    await visible(gdpEn.getByText('CNY 11.36 bn'))

    await gdpEn.getByRole('button', { name: 'Source of GDP', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Source of GDP' })
    await visible(dialog.getByText('预计全年完成地区生产总值113.6亿元,增长5%'))
    await page.keyboard.press('Escape')

    await page.getByRole('link', { name: /2023 targets and tasks/ }).click()
    const figure = page.getByRole('figure', { name: '2022 growth vs 2023 target' })
    await figure.locator('[data-chart] svg [data-bar="target"]').first().waitFor()
    expect(await figure.locator('[data-bar="growth"]').count()).toBe(7)
    expect(await figure.locator('[data-bar="target"]').count()).toBe(7)
    await figure.getByRole('button', { name: 'Table' }).click()
    await visible(figure.getByRole('table').getByRole('rowheader', { name: 'Gross domestic product (GDP)' }))
    expect(page.url()).toContain('#/targets?view=table')
    await visible(page.getByRole('table', { name: 'Indicators, targets and implied levels' }))
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await context.close()
  })
})
