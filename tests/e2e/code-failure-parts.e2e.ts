import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, open } from './support/app'
import { CODE_ERROR, codeErrorShown, countLoads, OVERVIEW_FIGURE } from './support/failures'
import { INDICATOR_ID } from './support/screens'
import { type Seeded, seedUserData } from './support/user-data'

// The parts of a screen that load apart from it, most of them only once the user has brought figures
// or a ledger (a profile seeded once: ./support/user-data.ts): their code answered with 404 (a
// redeploy, a host that lost the file) says so where the part would be, after the one automatic
// reload, and the rest of the screen stays usable. Never a white page, never the whole screen lost.

let browser: Browser
let seeded: Seeded
beforeAll(async () => {
  browser = await launch()
  seeded = await seedUserData(browser)
}, 120_000)
afterAll(async () => {
  await browser?.close()
})

type Part = {
  name: string
  route: () => string
  chunk: string
  /** false: a profile without figures or ledger (the part shows for everyone). */
  seeded?: false
  /** What still works beside the message. */
  rest: (page: Page) => Promise<void>
  /** A part too small for the message: a word in its place (default: the message with its ways out). */
  word?: true
  /** The part itself, once its code arrives. */
  shown: string
}

const WORD = '此处未能加载'
const text = (page: Page) => page.evaluate(() => document.querySelector('main')?.textContent ?? '')

const PARTS: Part[] = [
  {
    name: 'the ledger import (no ledger yet)',
    route: () => '/projects',
    chunk: 'import-flow',
    shown: '[data-testid=ledger-source], [aria-labelledby=ledger-title] input[type=file]',
    seeded: false,
    rest: async (page) => {
      await page.getByRole('heading', { level: 1, name: '项目' }).waitFor()
      await page.getByTestId('result-count').waitFor()
    },
  },
  {
    name: 'the joined list',
    route: () => '/projects',
    chunk: 'joined-explorer',
    shown: '[data-testid=joined-table]',
    rest: async (page) => {
      expect(await page.getByTestId('ledger-source').textContent()).toContain('截至 2023-07-31')
      // The report's own list is one click away.
      await page.getByRole('tab', { name: /^报告点名的项目/ }).click()
      await page.getByTestId('result-count').waitFor()
      await page.getByRole('tab', { name: /^全部项目/ }).click()
    },
  },
  {
    name: 'a ledger project’s page',
    route: () => seeded.ledgerProject,
    chunk: 'ledger-project-page',
    shown: '[data-testid=project-status]',
    rest: async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: '项目' }).waitFor()
    },
  },
  {
    name: 'the ledger section of a report project’s page',
    route: () => seeded.matchedReportProject,
    chunk: 'ledger-project-page',
    shown: '#ledger-section-title',
    rest: async (page) => {
      await page.getByRole('heading', { level: 1, name: '晶澳300兆瓦光伏' }).waitFor()
    },
  },
  {
    name: 'the ledger slide',
    route: () => '/present?slides=title,ledger&slide=2',
    chunk: 'ledger-slide',
    shown: '[data-testid=ledger-slide-counts]',
    rest: async (page) => {
      await page.keyboard.press('ArrowLeft')
      await expect.poll(() => page.locator('[data-slide="title"]').isVisible()).toBe(true)
      await page.keyboard.press('ArrowRight')
    },
  },
  {
    name: 'the Overview’s status rows',
    route: () => '/',
    chunk: 'kpi-status',
    shown: '[data-kpi-status] [data-light]',
    word: true,
    rest: async (page) => {
      expect(await text(page)).toContain(OVERVIEW_FIGURE)
      // The legend card's note (its own chunk) still shows the year's figures are there.
      await page.locator('[data-status-note]').waitFor()
    },
  },
  {
    name: 'the Overview’s monitoring note',
    route: () => '/',
    chunk: 'status-note',
    shown: '[data-status-note]',
    rest: async (page) => {
      expect(await text(page)).toContain(OVERVIEW_FIGURE)
    },
  },
  {
    name: 'a target’s chart on #/monitor/<id>',
    route: () => `/monitor/${INDICATOR_ID}`,
    chunk: 'series-chart',
    shown: 'main svg.chart-surface',
    rest: async (page) => {
      expect(await page.locator('main h1').count()).toBe(1)
      await page.locator('main table').first().waitFor()
    },
  },
]

describe('a part’s code answered with 404', () => {
  it.each(PARTS)('$name: one automatic reload, then a message in its place; the rest works', async (part) => {
    let broken = true
    const { page, context } = await open(browser, part.route(), {
      waitUntil: 'commit',
      ...(part.seeded === false ? {} : { state: seeded.state }),
      routes: async (c) => {
        await c.route(`**/assets/${part.chunk}-*.js`, (r) =>
          broken ? r.fulfill({ status: 404, body: 'gone' }) : r.fallback(),
        )
      },
    })
    const loads = countLoads(page)
    const words = page.locator('[data-kpi-status]').filter({ hasText: WORD })
    if (part.word) await expect.poll(() => words.count(), { timeout: 15_000 }).toBe(7)
    else await codeErrorShown(page)
    expect(loads()).toBe(2) // the first load and one automatic reload: no loop
    await part.rest(page)
    // The file back: Reload (the message's, or the browser's) shows the part.
    broken = false
    if (part.word) await page.reload()
    else
      await page
        .getByRole('alert')
        .filter({ hasText: CODE_ERROR })
        .getByRole('button', { name: '重新加载' })
        .click()
    await page.locator(part.shown).first().waitFor({ state: 'attached', timeout: 20_000 })
    expect(await page.getByRole('alert').filter({ hasText: CODE_ERROR }).count()).toBe(0)
    expect(await words.count()).toBe(0)
    await context.close()
  })
})

describe('the seeded profile', () => {
  it('holds what the parts need (else the journeys above prove nothing)', async () => {
    expect(seeded.ledgerProject).toMatch(/^\/projects\/ledger/)
    expect(seeded.matchedReportProject).toMatch(/^\/projects\/[^l]/)
  })
})
