import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { USER_DATA_HINT_KEY } from '../../src/lib/user-data/hint'
import { reportJson } from '../../src/testing/fixtures'
import { launch, open, reactOwns } from './support/app'
import { holdEntry } from './support/hold-entry'
import { FACT_ID, PROJECT_ID, SECTOR_ID } from './support/screens'
import { seedUserData } from './support/user-data'

// Every screen's first view is rendered at build time (src/app/prerender/screens.ts): a deep link
// paints it from a fragment the early script loads, before any app script has run, and the app
// then takes that very HTML over. These journeys hold the app's script back to look at each screen
// as a slow PC shows it, then let it go.

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const data = reportJson()
/** A small ledger (invented example data) as staff export one: a header row and two projects. */
const LEDGER_CSV =
  '项目名称,所属领域,年度计划投资（万元）,完成投资（万元）\n示例储能站（虚构）,能源,1200,300\n示例冷链库（虚构）,农业,800,800\n'
const project = data.projects.find((p) => p.id === PROJECT_ID)
const area = data.areas.find((a) => a.id === SECTOR_ID)

/** Each screen: its link and the heading it opens on (the deck's title slide for the presentation). */
const SCREENS: { route: string; heading: string | RegExp }[] = [
  { route: '/targets', heading: '2023年目标' },
  { route: '/projects', heading: '项目' },
  { route: '/projects?sector=energy&stage=signed', heading: '项目' },
  { route: `/projects/${PROJECT_ID}`, heading: project?.name.zh ?? PROJECT_ID },
  { route: '/areas', heading: '领域' },
  { route: `/areas/${SECTOR_ID}`, heading: area?.label.zh ?? SECTOR_ID },
  { route: `/source?hl=${FACT_ID}`, heading: /^报告原文/ },
  { route: '/present', heading: '朝阳县2023年政府工作报告' },
  // The reader's own data: frame and empty state, as a browser with nothing stored shows them.
  { route: '/monitor', heading: '2023年目标监测' },
  { route: '/data', heading: '数据管理' },
  { route: '/ingest', heading: '导入报告' },
]

const heading = (page: Page, name: string | RegExp) =>
  page.locator('#root h1').filter({ hasText: name }).first()
const overviewCards = (page: Page) => page.getByRole('article', { name: '地区生产总值' })

describe('every prerendered screen', () => {
  for (const { route, heading: name } of SCREENS)
    it(`${route}: painted before the app's script, then hydrated in place without a mismatch`, async () => {
      const { routes, release } = holdEntry()
      const { page, errors, context } = await open(browser, route, { routes, waitUntil: 'commit' })
      const h1 = heading(page, name)
      await h1.waitFor({ timeout: 15_000 })
      expect(await h1.isVisible()).toBe(true)
      expect(await overviewCards(page).count()).toBe(0)
      expect(await reactOwns(page, '#root h1')).toBe(false) // no app script has run
      await h1.evaluate((el) => el.setAttribute('data-seen-before-js', ''))
      release()
      await expect.poll(() => reactOwns(page, '[data-seen-before-js]'), { timeout: 20_000 }).toBe(true)
      expect(await page.locator('[data-seen-before-js]').count()).toBe(1) // the same element, hydrated
      expect(errors).toEqual([])
      await context.close()
    })

  it("paints only a shared link's rows, then the app filters that very list and counts it", async () => {
    const energy = data.projects.filter((p) => p.sector === 'energy')
    expect(energy.length).toBeGreaterThan(0)
    expect(energy.length).toBeLessThan(data.projects.length)
    const none = data.projects.filter((p) => p.sector === 'energy' && p.stage === 'signed')
    expect(none).toHaveLength(0) // the bench's link: nothing matches
    for (const { route, kept } of [
      { route: '/projects?sector=energy', kept: energy.length },
      { route: '/projects?sector=energy&stage=signed', kept: 0 },
    ]) {
      const { routes, release } = holdEntry()
      const { page, errors, context } = await open(browser, route, { routes, waitUntil: 'commit' })
      await heading(page, '项目').waitFor({ timeout: 15_000 })
      const rows = page.locator('#root tr[data-facets]')
      const count = page.getByTestId('result-count')
      const charts = page.locator('#projects-totals-title')
      // Before any app script: the fragment holds the whole list, and only the link's rows show;
      // the whole list's numbers do not (blank in their room), nor what follows the list.
      expect(await rows.count()).toBe(data.projects.length)
      expect(await page.locator('#root tr[data-facets]:visible').count(), route).toBe(kept)
      expect(await page.locator('[data-facet-list]').isVisible(), route).toBe(kept > 0)
      expect(await count.isVisible()).toBe(false)
      expect(await charts.isVisible()).toBe(false)
      // The row of the link's filters as chips has its room already: the list does not move when it comes.
      const listTop = () =>
        page.locator('#projects-list-title').evaluate((el) => el.getBoundingClientRect().top)
      const top = await listTop()
      // The link's own choice looks chosen, as the app then draws it (a click on it would untick it).
      // The chip (ChoiceChip).
      const chip = page.getByRole('form', { name: '筛选' }).locator('[data-choice="energy"]')
      const look = () =>
        chip.evaluate((el) => `${getComputedStyle(el).backgroundColor} ${getComputedStyle(el).color}`)
      const chosenLook = await look()
      if (kept)
        await page
          .locator('#root table tbody tr:visible')
          .first()
          .evaluate((el) => el.setAttribute('data-seen-before-js', ''))
      // Which frame each part the early view left out comes back in.
      await page.evaluate(() => {
        const w = window as unknown as { shownIn: number[] }
        w.shownIn = []
        let frame = 0
        const tick = () => {
          frame++
          requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
        new MutationObserver((list) => {
          for (const m of list) if ((m.target as Element).hasAttribute('data-shown')) w.shownIn.push(frame)
        }).observe(document.documentElement, { subtree: true, attributeFilter: ['data-shown'] })
      })
      release()
      // The app filters the list it took over (a row shown before is the very row kept) and counts it.
      await expect
        .poll(() => count.textContent(), { timeout: 20_000 })
        .toContain(`${kept} / ${data.projects.length}`)
      await expect.poll(() => rows.count()).toBe(kept)
      if (kept) expect(await reactOwns(page, '[data-seen-before-js]')).toBe(true)
      else await page.getByText('没有符合条件的项目').first().waitFor()
      await expect.poll(() => page.locator('#early-view').count()).toBe(0)
      expect(await count.isVisible()).toBe(true)
      expect(await listTop()).toBe(top)
      expect(await look()).toBe(chosenLook)
      await charts.waitFor()
      // The charts and the totals came back a part per frame (each its own layout), in page order,
      // and left no mark behind.
      const parts = page.locator('[data-follows-query=part] > *')
      expect(await parts.count()).toBe(4)
      for (const part of await parts.all()) expect(await part.isVisible()).toBe(true)
      const shownIn = await page.evaluate(() => (window as unknown as { shownIn: number[] }).shownIn)
      expect(shownIn).toHaveLength(4)
      expect(new Set(shownIn).size, String(shownIn)).toBe(4)
      expect(await page.locator('[data-shown]').count()).toBe(0)
      // The rule is gone: clearing the filters shows every row.
      await page.getByRole('button', { name: '清除全部筛选' }).first().click()
      await expect
        .poll(() => page.locator('#root tr[data-facets]:visible').count())
        .toBe(data.projects.length)
      expect(errors).toEqual([])
      await context.close()
    }
  })

  it('does not lose a click made before the app has taken the screen over', async () => {
    const { routes, release } = holdEntry()
    const { page, errors, context } = await open(browser, '/targets', { routes, waitUntil: 'commit' })
    await heading(page, '2023年目标').waitFor({ timeout: 15_000 })
    await page.getByRole('button', { name: '表格', exact: true }).first().click() // nothing listens yet
    release()
    await page.getByRole('button', { name: '图表', exact: true }).first().waitFor({ timeout: 20_000 })
    expect(errors).toEqual([])
    await context.close()
  })

  it('ticks a filter chip ticked before the app has taken the list over, once it has', async () => {
    const { routes, release } = holdEntry()
    const { page, errors, context } = await open(browser, '/projects', { routes, waitUntil: 'commit' })
    await heading(page, '项目').waitFor({ timeout: 15_000 })
    const energy = page.getByRole('form', { name: '筛选' }).locator('[data-choice="energy"]')
    await energy.click() // nothing listens yet
    // The page does not pretend: the chip stays as it was until the app applies it, marked as taken;
    // clicked again because nothing seemed to happen, it is still the one wish.
    expect(await energy.isChecked()).toBe(false)
    expect(await energy.getAttribute('data-pending')).toBe('')
    await energy.click()
    release()
    const rows = page.locator('#root table tbody tr')
    const expected = data.projects.filter((p) => p.sector === 'energy').length
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(expected)
    await expect.poll(() => page.url()).toContain('sector=energy')
    expect(await energy.isChecked()).toBe(true)
    expect(await energy.getAttribute('data-pending')).toBeNull()
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps a ledger chosen or dropped before the app has taken the Projects screen over', async () => {
    for (const how of ['choose', 'drop'] as const) {
      const { routes, release } = holdEntry()
      const { page, errors, context } = await open(browser, '/projects', { routes, waitUntil: 'commit' })
      await page.getByRole('heading', { name: '本县重点项目台账' }).waitFor({ timeout: 15_000 })
      const file = { name: '台账（示例）.csv', mimeType: 'text/csv', buffer: Buffer.from(LEDGER_CSV) }
      if (how === 'choose') {
        const chooser = page.waitForEvent('filechooser')
        await page.getByRole('button', { name: '选择文件' }).click() // the app's script is not there yet
        await (await chooser).setFiles(file)
      } else {
        const zone = page.locator('[data-file-drop]')
        const dataTransfer = await page.evaluateHandle(
          (f) => {
            const dt = new DataTransfer()
            dt.items.add(new File([f.text], f.name, { type: f.mimeType }))
            return dt
          },
          { ...file, text: LEDGER_CSV },
        )
        await zone.dispatchEvent('dragover', { dataTransfer })
        await zone.dispatchEvent('drop', { dataTransfer })
        expect(new URL(page.url()).hash).toBe('#/projects') // the browser did not open the file instead
      }
      release()
      await page.getByRole('heading', { name: /列的对应关系/ }).waitFor({ timeout: 20_000 })
      expect(errors).toEqual([])
      await context.close()
    }
  })

  it('keeps a report text pasted before the app has taken #/ingest over', async () => {
    const { routes, release } = holdEntry()
    const { page, errors, context } = await open(browser, '/ingest', { routes, waitUntil: 'commit' })
    const field = page.getByRole('textbox', { name: '报告全文' })
    await field.waitFor({ timeout: 15_000 })
    await field.fill('朝阳县2024年政府工作报告\n全年地区生产总值增长6%。') // nothing listens yet
    release()
    const read = page.getByRole('button', { name: '读取数字' })
    await expect.poll(() => read.isEnabled(), { timeout: 20_000 }).toBe(true)
    expect(await field.inputValue()).toContain('地区生产总值增长6%')
    expect(errors).toEqual([])
    await context.close()
  })

  it('moves the deck for a clicker pressed before the app has taken it over', async () => {
    const { routes, release } = holdEntry()
    // The link's own slides, opened at its second: the keys step from there, not from the first.
    const { page, errors, context } = await open(
      browser,
      '/present?slides=title,kpis,targets,projects&slide=2',
      {
        routes,
        waitUntil: 'commit',
      },
    )
    await heading(page, '朝阳县2023年政府工作报告').waitFor({ timeout: 15_000 })
    await page.keyboard.press('PageDown') // nothing listens yet
    await page.keyboard.press('PageDown')
    // An old PC: the takeover spans many frames, and the key must still wait for the link's slide.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
    release()
    await expect
      .poll(() => page.locator('[data-slide]').first().getAttribute('data-slide'), { timeout: 20_000 })
      .toBe('projects')
    const hash = decodeURIComponent(new URL(page.url()).hash)
    expect(hash).toContain('slides=title,kpis,targets,projects')
    expect(hash).toContain('slide=4')
    expect(errors).toEqual([])
    await context.close()
  })

  it('fills a screen of the reader’s data in from the store, when the hint did not know of it', async () => {
    const { state } = await seedUserData(browser)
    // A profile whose hint was lost (cleared by hand, or written by an older version): the early
    // script paints the empty Monitoring screen, and the app must still show the figures stored.
    const origins = state.origins.map((o) => ({
      ...o,
      localStorage: o.localStorage.filter((e) => e.name !== USER_DATA_HINT_KEY),
    }))
    const { page, errors, context } = await open(browser, '/monitor', { state: { ...state, origins } })
    await page.locator('#root [data-counts]').waitFor({ timeout: 30_000 })
    expect(await page.getByText('还没有2023年的统计数据').count()).toBe(0)
    // It was the prerendered empty screen, hydrated, that filled in (a render afresh drops the stamp).
    expect(await page.locator('#root[data-screen="zh/monitor"]').count()).toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps a dark theme dark from the first paint of a screen through hydration', async () => {
    const { routes, release } = holdEntry()
    const { page, errors, context } = await open(browser, '/projects', {
      routes,
      waitUntil: 'commit',
      theme: 'dark',
    })
    await heading(page, '项目').waitFor({ timeout: 15_000 })
    expect(await page.evaluate(() => document.documentElement.className)).toBe('dark')
    await page.locator('#root h1').evaluate((el) => el.setAttribute('data-seen-before-js', ''))
    release()
    await expect.poll(() => reactOwns(page, '[data-seen-before-js]'), { timeout: 20_000 }).toBe(true)
    expect(await page.evaluate(() => document.documentElement.className)).toBe('dark')
    expect(errors).toEqual([])
    await context.close()
  })

  it('paints an English reader’s screen in English, then hydrates it', async () => {
    const { routes, release } = holdEntry()
    const { page, errors, context } = await open(browser, `/projects/${PROJECT_ID}`, {
      routes,
      waitUntil: 'commit',
      lang: 'en',
    })
    const h1 = heading(page, project?.name.en ?? PROJECT_ID)
    await h1.waitFor({ timeout: 15_000 })
    expect(await page.getByRole('link', { name: 'Projects', exact: true }).first().isVisible()).toBe(true)
    await h1.evaluate((el) => el.setAttribute('data-seen-before-js', ''))
    release()
    await expect.poll(() => reactOwns(page, '[data-seen-before-js]'), { timeout: 20_000 }).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps the header where it was painted when its print and share buttons arrive', async () => {
    // Where the header is just wide enough for them, it would otherwise wrap to a second line then,
    // moving the whole screen down: 1024 px in English (a projector), 800 in Chinese.
    for (const { lang, width } of [
      { lang: 'en' as const, width: 1024 },
      { lang: 'zh' as const, width: 800 },
    ]) {
      const { routes, release } = holdEntry()
      const { page, errors, context } = await open(browser, '/targets', {
        routes,
        waitUntil: 'commit',
        viewport: { width, height: 768 },
        ...(lang === 'en' ? { lang } : {}),
      })
      await page.locator('#root h1').first().waitFor({ timeout: 15_000 })
      const where = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('header, #root h1, header nav a, header select')]
            .map(
              (el) =>
                `${Math.round(el.getBoundingClientRect().left)},${Math.round(el.getBoundingClientRect().bottom)}`,
            )
            .join(' '),
        )
      const painted = await where()
      release()
      await page
        .getByRole('button', { name: lang === 'en' ? 'Copy link' : '复制链接' })
        .waitFor({ timeout: 20_000 })
      expect(
        await page.getByRole('link', { name: lang === 'en' ? 'Print brief' : '打印简报' }).isVisible(),
      ).toBe(true)
      expect(await where(), `${lang} ${width}`).toBe(painted)
      expect(errors).toEqual([])
      await context.close()
    }
  })

  it('without JavaScript, a deep link shows the Overview as built and says what needs JavaScript', async () => {
    const { page, context } = await open(browser, '/projects', { javaScriptEnabled: false })
    expect(await overviewCards(page).getByText('113.6亿元').isVisible()).toBe(true)
    expect(await page.getByRole('note').textContent()).toContain('JavaScript')
    await context.close()
  })

  it('styles every screen from the stylesheet in index.html: none is fetched, none added again', async () => {
    // A chart's drawing code is a lazy chunk loaded by another lazy chunk: such a chunk once named the
    // app's stylesheet as its dependency, and loading it added every rule to the page a second time.
    const { page, errors, context } = await open(browser, '/targets')
    await page.locator('svg.chart-surface').first().waitFor({ timeout: 20_000 })
    await page.evaluate(() => {
      location.hash = '#/projects'
    })
    await heading(page, '项目').waitFor({ timeout: 20_000 })
    await page.getByRole('figure', { name: /^各阶段项目数/ }).scrollIntoViewIfNeeded()
    await page
      .getByRole('figure', { name: /^各阶段项目数/ })
      .locator('svg.chart-surface')
      .waitFor({ timeout: 20_000 })
    const styles = await page.evaluate(() => ({
      fetched: performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((url) => /\.css(\?|$)/.test(new URL(url).pathname)),
      linked: document.querySelectorAll('link[rel=stylesheet]').length,
      inline: document.querySelectorAll('style').length,
    }))
    expect(styles).toEqual({ fetched: [], linked: 0, inline: 1 })
    expect(errors).toEqual([])
    await context.close()
  })

  it("holds the first paint for the screen's fragment: the first frame is the screen's", async () => {
    let release = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    const routes = async (ctx: import('playwright-core').BrowserContext) => {
      await ctx.route(/\/screens\/.*\.js$/, async (route) => {
        await released
        await route.fallback()
      })
    }
    const { page, errors, context } = await open(browser, '/targets', { routes, waitUntil: 'commit' })
    await page.waitForFunction(() => document.getElementById('prerender-parsed'))
    await page.waitForTimeout(500)
    const paints = () => page.evaluate(() => performance.getEntriesByType('paint').map((e) => e.name))
    expect(await paints()).toEqual([]) // the Overview, parsed, is neither shown nor painted
    release()
    await heading(page, '2023年目标').waitFor({ timeout: 15_000 })
    await expect.poll(paints).toContain('first-contentful-paint')
    const order = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
      const fragment = performance
        .getEntriesByType('resource')
        .find((e) => /\/screens\/.*\/targets\.js$/.test(e.name)) as PerformanceResourceTiming | undefined
      return { fcp, fragmentIn: fragment?.responseEnd ?? Number.POSITIVE_INFINITY }
    })
    expect(order.fcp).toBeGreaterThan(order.fragmentIn)
    expect(await overviewCards(page).count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('paints the screen from the app when its fragment stalls (after 3 s), never a blank page', async () => {
    const routes = async (ctx: import('playwright-core').BrowserContext) => {
      await ctx.route(/\/screens\//, () => new Promise<void>(() => {})) // never answered
    }
    const { page, errors, context } = await open(browser, '/targets', { routes, waitUntil: 'commit' })
    await heading(page, '2023年目标').waitFor({ timeout: 20_000 })
    expect(await heading(page, '2023年目标').isVisible()).toBe(true)
    expect(await overviewCards(page).count()).toBe(0)
    expect(await page.locator('script[src*="/screens/"]').count()).toBe(0) // no longer holding the paint
    expect(errors).toEqual([])
    await context.close()
  })

  it('leaves a screen to the app when its fragment cannot be fetched', async () => {
    const routes = async (ctx: import('playwright-core').BrowserContext) => {
      await ctx.route(/\/screens\//, (route) => route.abort())
    }
    const { page, errors, context } = await open(browser, '/areas', { routes })
    await heading(page, '领域').waitFor({ timeout: 20_000 })
    expect(await overviewCards(page).count()).toBe(0)
    expect(errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([])
    await context.close()
  })
})
