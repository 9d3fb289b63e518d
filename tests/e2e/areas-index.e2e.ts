import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, open } from './support/app'

// The Areas index answers "how did each area do" on one screen: on a 1920×1080 projector every area's
// card, with its lead figures, and the row of areas in words only are in view without scrolling; on a
// laptop every card still shows its figures (it may scroll there).

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function layout(page: Page) {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('li[data-area]')].map((li) => {
      const r = li.getBoundingClientRect()
      return {
        id: li.getAttribute('data-area'),
        bottom: r.bottom,
        right: r.right,
        figures: li.querySelectorAll('[data-value]').length,
        projects: /\d+\s*(个项目|projects?)/.test(li.textContent ?? ''),
      }
    })
    const main = document.getElementById('main')
    return {
      cards,
      width: main?.querySelector('ul')?.getBoundingClientRect().width ?? 0,
      contentBottom: Math.ceil((main?.lastElementChild?.getBoundingClientRect().bottom ?? 0) + scrollY),
      scrollHeight: document.documentElement.scrollHeight,
      innerHeight,
      innerWidth,
    }
  })
}

describe('Areas index', () => {
  for (const lang of ['zh', 'en'] as const)
    for (const theme of ['light', 'projector'] as const)
      it(`fits 1920×1080 without scrolling, every card with figures or projects (${lang}, ${theme})`, async () => {
        const viewport = { width: 1920, height: 1080 }
        const { page, errors, foreign, context } = await open(browser, '/areas', { viewport, lang, theme })
        await page.locator('li[data-area="government"]').waitFor()
        const fit = await layout(page)
        expect(fit.cards).toHaveLength(19)
        for (const card of fit.cards) {
          expect(card.figures > 0 || card.projects, `${card.id} is empty`).toBe(true)
          expect(card.bottom, `${card.id} is below the fold`).toBeLessThanOrEqual(viewport.height)
          expect(card.right).toBeLessThanOrEqual(viewport.width)
        }
        expect(fit.cards.find((c) => c.id === 'agriculture')?.figures).toBeGreaterThanOrEqual(3)
        // the wide screen is used: the grid spans most of it, not a narrow column
        expect(fit.width).toBeGreaterThan(0.9 * viewport.width)
        expect(fit.scrollHeight).toBeLessThanOrEqual(fit.innerHeight)
        expect(fit.contentBottom).toBeLessThanOrEqual(fit.innerHeight)
        await page.getByRole('link', { name: lang === 'zh' ? '重点改革' : 'Key reforms' }).waitFor()
        expect(errors).toEqual([])
        expect(foreign).toEqual([])
        await context.close()
      })

  it('shows every card’s lead figures on a laptop too', async () => {
    const { page, errors, context } = await open(browser, '/areas', {
      viewport: { width: 1366, height: 768 },
    })
    await page.locator('li[data-area="government"]').waitFor()
    const fit = await layout(page)
    expect(fit.cards).toHaveLength(19)
    for (const card of fit.cards) expect(card.right).toBeLessThanOrEqual(1366)
    await page.locator('li[data-area="agriculture"]').getByText('10.63亿斤').waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
