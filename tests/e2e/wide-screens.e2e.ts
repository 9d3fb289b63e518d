import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, open } from './support/app'
import { INDICATOR_ID, PROJECT_ID, SECTOR_ID, settle } from './support/screens'

// Every screen uses the width of a 1920 screen (no fixed narrow column), and the wide layouts (from
// 1536 px: panels side by side) leave the laptop (1366) and the old projector (1024) without a
// horizontal scroll bar.

const SCREENS = [
  '/',
  '/targets',
  '/monitor',
  `/monitor/${INDICATOR_ID}`,
  '/data',
  '/projects',
  `/projects/${PROJECT_ID}`,
  '/areas',
  `/areas/${SECTOR_ID}`,
  '/source',
  '/ingest',
]

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** How far the main content spreads, and what sticks out of the window. */
function measure(page: Page) {
  return page.evaluate(() => {
    const main = document.getElementById('main')
    const boxes = [...(main?.querySelectorAll('.card, section, table, article, nav, aside, h1') ?? [])]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
    const left = Math.min(...boxes.map((r) => r.left))
    const right = Math.max(...boxes.map((r) => r.right))
    return {
      span: right - left,
      right,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
    }
  })
}

/** Opens every screen in one window of this size and checks each one's measures. */
async function eachScreen(
  viewport: { width: number; height: number },
  check: (route: string, m: Awaited<ReturnType<typeof measure>>) => void,
) {
  const { page, errors, context } = await open(browser, '/', { viewport })
  const origin = new URL(page.url()).origin
  for (const route of SCREENS) {
    await page.goto('about:blank')
    await page.goto(`${origin}/#${route}`)
    await settle(page)
    check(route, await measure(page))
  }
  expect(errors).toEqual([])
  await context.close()
}

/** The boxes of two elements, to tell side by side from one over the other. */
async function beside(page: Page, a: string, b: string) {
  const [ra, rb] = await Promise.all([
    page.locator(a).first().boundingBox(),
    page.locator(b).first().boundingBox(),
  ])
  if (!ra || !rb) return false
  // b starts right of a, and their heights overlap
  return rb.x >= ra.x + ra.width - 1 && rb.y < ra.y + ra.height && ra.y < rb.y + rb.height
}

describe('wide screens (1920×1080)', () => {
  it('every screen spreads over more than 1,400 px and nothing sticks out', async () => {
    await eachScreen({ width: 1920, height: 1080 }, (route, m) => {
      expect(m.span, `${route}: main content ${m.span} px wide`).toBeGreaterThan(1400)
      expect(m.right, `${route}: sticks out`).toBeLessThanOrEqual(m.innerWidth)
      expect(m.scrollWidth, `${route}: horizontal scroll`).toBeLessThanOrEqual(m.innerWidth)
    })
  })

  it('puts the panels of a screen side by side', async () => {
    const viewport = { width: 1920, height: 1080 }
    const targets = await open(browser, '/targets', { viewport })
    await settle(targets.page)
    expect(await beside(targets.page, 'main figure', 'section:has(#targets-table-title)')).toBe(true)
    await targets.context.close()

    const project = await open(browser, `/projects/${PROJECT_ID}`, { viewport })
    await settle(project.page)
    expect(
      await beside(
        project.page,
        'section:has(#project-quote-title)',
        'section:has(h2:text-is("同领域的其他项目"))',
      ),
    ).toBe(true)
    await project.context.close()

    const source = await open(browser, '/source?sec=review-1', { viewport })
    await settle(source.page)
    const side = source.page.getByRole('region', { name: /中的数字$/ })
    await side.waitFor()
    expect(await side.getByRole('link').count()).toBeGreaterThan(3)
    await source.context.close()
  })
})

describe('the Overview’s bottom band', () => {
  for (const lang of ['zh', 'en'] as const)
    for (const theme of ['light', 'projector'] as const)
      it(`uses the empty band at 1920×1080 with the areas that fit, never making the page scroll (${lang}, ${theme})`, async () => {
        const viewport = { width: 1920, height: 1080 }
        const { page, errors, context } = await open(browser, '/', { viewport, lang, theme })
        await settle(page)
        // The band's chunk arrives after the page is up, and it shows once measured.
        if (theme === 'light')
          await page.waitForFunction(
            () => {
              const band = document.querySelector(
                'section[aria-labelledby="overview-band"]',
              ) as HTMLElement | null
              return band !== null && !band.hidden
            },
            undefined,
            { timeout: 15_000 },
          )
        else await page.waitForTimeout(2000)
        const state = await page.evaluate(() => {
          const band = document.querySelector(
            'section[aria-labelledby="overview-band"]',
          ) as HTMLElement | null
          const items = [...(band?.querySelectorAll('li') ?? [])]
          return {
            exists: band !== null,
            shown: band !== null && !band.hidden,
            visible: items.filter((li) => !li.hidden).length,
            // every item whole: nothing cut by an ellipsis or a clip
            cut: items.filter((li) => li.scrollWidth > li.clientWidth + 1).length,
            items: items.length,
            scrollHeight: document.documentElement.scrollHeight,
          }
        })
        expect(state.scrollHeight).toBeLessThanOrEqual(viewport.height)
        if (theme === 'projector') expect(state.exists).toBe(false)
        // English labels are longer: the first areas that fit, and the link says how many more.
        if (lang === 'en' && theme === 'light') {
          expect(state.shown).toBe(true)
          expect(state.visible).toBeGreaterThanOrEqual(4)
          if (state.visible < state.items)
            await page
              .getByRole('link', { name: `All areas (${state.items - state.visible} more) →` })
              .waitFor()
        }
        if (lang === 'zh' && theme === 'light') {
          expect(state.shown).toBe(true)
          expect(state.items).toBeGreaterThan(10)
          expect(state.visible).toBe(state.items)
          await page
            .getByRole('region', { name: '各领域主要数字' })
            .getByRole('link', { name: '农业' })
            .waitFor()
        }
        expect(state.cut).toBe(0)
        expect(errors).toEqual([])
        await context.close()
      })
})

describe('narrow screens keep to their width', () => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1024, height: 768 },
  ])
    it(`no horizontal scroll at ${viewport.width}×${viewport.height}`, async () => {
      await eachScreen(viewport, (route, m) =>
        expect(m.scrollWidth, `${route}: horizontal scroll`).toBeLessThanOrEqual(m.innerWidth),
      )
    })
})
