import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, open } from './support/app'
import { runAxe } from './support/axe'
import { textContrast } from './support/contrast'
import { seedUserData } from './support/user-data'

// The deck as a presenter uses it in a meeting room (issue 14): keys only, black and white screens,
// full screen that Esc leaves before the deck, controls that hide when idle, a presenter window that
// follows and steers, and slides that read from the back of the room (type size, filled, not overflowing).

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const HD = { width: 1920, height: 1080 }
const counter = async (page: Page) =>
  ((await page.getByTestId('deck-counter').locator('[aria-hidden="true"]').textContent()) ?? '').trim()
const slideId = (page: Page) => page.locator('[data-slide]').first().getAttribute('data-slide')
const SLIDES = 'title,kpis,targets,projects,area-investment-attraction,problems,tasks'
/** Every slide the report can fill: the default deck shows only four areas. Areas without figures have
 * no slide; the deck drops those ids (and says so above the slides). */
const report = JSON.parse(readFileSync('public/data/chaoyang-2023/report.json', 'utf8')) as {
  areas: { id: string }[]
}
const ALL = [
  'title',
  'kpis',
  'targets',
  'projects',
  ...report.areas.map((a) => `area-${a.id}`),
  'problems',
  'tasks',
].join(',')

/** Waits for the slide shown to be drawn (its charts' bars, when it has charts). */
async function drawn(page: Page) {
  await page.waitForFunction(
    () => (document.querySelector('[data-slide]')?.textContent ?? '').trim().length > 0,
  )
  if (await page.locator('[data-slide] [data-chart-frame]').count())
    await page.locator('[data-slide] [data-chart] svg [data-bar]').first().waitFor()
  await page.waitForTimeout(150)
}

/** Steps through every slide of the open deck with the clicker's key, running `look` on each once drawn. */
async function eachSlide(page: Page, look: (id: string) => Promise<void>) {
  await drawn(page)
  const total = Number((await counter(page)).split('/')[1])
  for (let i = 1; i <= total; i++) {
    if (i > 1) {
      const before = await slideId(page)
      await page.keyboard.press('PageDown')
      await page.waitForFunction(
        (b) => document.querySelector('[data-slide]')?.getAttribute('data-slide') !== b,
        before,
      )
    }
    await drawn(page)
    await look((await slideId(page)) ?? '')
  }
  return total
}

describe('presenting with keys only', () => {
  it('steps, jumps, blanks to black and white, leaves full screen with Esc and the deck with a second Esc', async () => {
    const { page, errors, context } = await open(browser, '/', { viewport: HD })
    await page.getByRole('heading').first().waitFor()
    await page.evaluate((s) => {
      location.hash = `/present?slides=${s}`
    }, SLIDES)
    await page.getByRole('region', { name: '封面' }).waitFor()
    // The audience's title slide carries no key hints: they are behind "?".
    expect(await page.locator('[data-slide]').textContent()).not.toMatch(/Esc|全屏|翻页/)
    await page.keyboard.press('?')
    await page.getByTestId('deck-help').getByText('黑屏（再按任意键返回）').waitFor()
    await page.keyboard.press('Escape')
    await page.getByTestId('deck-help').waitFor({ state: 'detached' })
    expect(await page.evaluate(() => location.hash)).toContain('present')

    await page.keyboard.press('PageDown')
    await page.getByRole('region', { name: '主要指标' }).waitFor()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowLeft')
    expect(await counter(page)).toBe('2 / 7')

    // B: black; any key returns to the same slide (it does not also step).
    await page.keyboard.press('b')
    await page.locator('[data-blank="black"]').waitFor()
    await page.keyboard.press('PageDown')
    await page.locator('[data-blank]').waitFor({ state: 'detached' })
    expect(await counter(page)).toBe('2 / 7')
    // "." is the black-screen button of most clickers; W white, and a click returns.
    await page.keyboard.press('.')
    await page.locator('[data-blank="black"]').waitFor()
    await page.keyboard.press('.')
    await page.locator('[data-blank]').waitFor({ state: 'detached' })
    await page.keyboard.press('w')
    await page.locator('[data-blank="white"]').waitFor()
    expect(
      await page.locator('[data-blank="white"]').evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe('rgb(255, 255, 255)')
    await page.mouse.click(900, 500)
    await page.locator('[data-blank]').waitFor({ state: 'detached' })
    expect(await counter(page)).toBe('2 / 7')

    // Jump: number + Enter.
    await page.keyboard.press('5')
    await page.keyboard.press('Enter')
    await page.getByRole('region', { name: '招商引资' }).waitFor()
    // S shows this slide's sources to the presenter, as an overlay.
    await page.keyboard.press('s')
    const sources = page.getByTestId('deck-sources')
    await sources.getByText('签约项目75个、落地38个').first().waitFor()
    await page.keyboard.press('s')
    await sources.waitFor({ state: 'detached' })
    // C hides the corner counter.
    await page.getByTestId('deck-corner-counter').waitFor()
    await page.keyboard.press('c')
    await page.getByTestId('deck-corner-counter').waitFor({ state: 'detached' })

    // F: full screen. Esc leaves full screen only; a second Esc leaves the deck.
    await page.keyboard.press('f')
    await page.waitForFunction(() => document.fullscreenElement !== null)
    await page.keyboard.press('Escape')
    await page.waitForFunction(() => document.fullscreenElement === null)
    await page.waitForTimeout(700)
    expect(await page.evaluate(() => location.hash)).toContain('/present')
    await page.keyboard.press('Escape')
    await page.waitForFunction(() => !location.hash.includes('present'))
    expect(errors).toEqual([])
    await context.close()
  })

  it('Q leaves the deck even from full screen', async () => {
    const { page, errors, context } = await open(browser, `/present?slides=${SLIDES}&slide=3`, {
      viewport: HD,
    })
    await page.getByRole('region', { name: '2023年增长目标' }).waitFor()
    await page.keyboard.press('f')
    await page.waitForFunction(() => document.fullscreenElement !== null)
    await page.keyboard.press('q')
    await page.waitForFunction(() => !location.hash.includes('present'))
    // Leaving full screen is asynchronous (the browser resolves it a frame or so after the route
    // changes): wait for it, within the default timeout, rather than read it at once.
    await page.waitForFunction(() => document.fullscreenElement === null)
    expect(errors).toEqual([])
    await context.close()
  })

  it('in full screen the controls hide after 3 idle seconds and return on a mouse move; link notices are for the presenter only', async () => {
    const { page, errors, context } = await open(browser, `/present?slides=${SLIDES},area-bogus&slide=2`, {
      viewport: HD,
    })
    const controls = page.getByRole('navigation', { name: '演示控制' })
    await controls.waitFor()
    const notice = page.getByText('链接中的参数无法识别，已忽略：slides=area-bogus')
    await notice.waitFor()
    await page.keyboard.press('f')
    await page.waitForFunction(() => document.fullscreenElement !== null)
    await notice.waitFor({ state: 'detached' })
    expect(await controls.isVisible()).toBe(true)
    await page.waitForTimeout(1500)
    expect(await controls.isVisible()).toBe(true)
    await controls.waitFor({ state: 'hidden', timeout: 3000 })
    // A clicker's key does not wake them.
    await page.keyboard.press('PageDown')
    await page.getByRole('region', { name: '2023年增长目标' }).waitFor()
    expect(await controls.isVisible()).toBe(false)
    await page.mouse.move(400, 400)
    await page.mouse.move(420, 410)
    await controls.waitFor({ state: 'visible', timeout: 2000 })
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('the presenter view', () => {
  it('opens in a second window and follows the audience window, which follows it back', async () => {
    const { page, errors, context } = await open(browser, `/present?slides=${SLIDES}&slide=2`, {
      viewport: HD,
      bypassCSP: true,
    })
    await page.getByRole('region', { name: '主要指标' }).waitFor()
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: '演讲者视图' }).click(),
    ])
    const perrors: string[] = []
    presenter.on('pageerror', (e) => perrors.push(String(e)))
    presenter.on('console', (m) => m.type() === 'error' && perrors.push(m.text()))
    await presenter.waitForLoadState()
    const pcounter = presenter.getByTestId('presenter-counter')
    await pcounter.waitFor({ timeout: 10_000 }).catch(async (e) => {
      console.log(
        presenter.url(),
        perrors,
        ((await presenter.locator('body').textContent()) ?? '').slice(0, 500),
      )
      throw e
    })
    expect(await pcounter.textContent()).toBe('第 2 / 7 张')
    // The next slide and this slide's notes, with the report's words.
    await presenter.getByRole('heading', { name: /下一张：2023年增长目标/ }).waitFor()
    await presenter
      .locator('[data-notes]')
      .getByText(/113\.6/)
      .first()
      .waitFor()
    await presenter.getByTestId('presenter-elapsed').waitFor()
    await presenter.getByText('已与演示窗口同步').waitFor()

    // Audience → presenter.
    await page.bringToFront()
    await page.keyboard.press('PageDown')
    await presenter.getByText('第 3 / 7 张').waitFor()
    // Presenter → audience: a step and a black screen.
    await presenter.bringToFront()
    await presenter.keyboard.press('ArrowRight')
    await page.getByRole('region', { name: '项目建设' }).waitFor()
    expect(await counter(page)).toBe('4 / 7')
    await presenter.keyboard.press('b')
    await page.locator('[data-blank="black"]').waitFor()
    await presenter.keyboard.press('b')
    await page.locator('[data-blank]').waitFor({ state: 'detached' })
    // A jump in the audience window.
    await page.bringToFront()
    await page.keyboard.press('7')
    await page.keyboard.press('Enter')
    await page.getByRole('region', { name: '2023年重点工作' }).waitFor()
    await presenter
      .getByText('第 7 / 7 张')
      .waitFor({ timeout: 5000 })
      .catch(async (e) => {
        console.log(await counter(page), await pcounter.textContent(), perrors, errors)
        throw e
      })
    await presenter.getByRole('heading', { name: /下一张：最后一张/ }).waitFor()

    // axe: the presenter view at zero violations.
    await presenter.waitForTimeout(300)
    const violations = await runAxe(presenter)
    expect(violations.map((v) => `${v.impact} ${v.id} ×${v.nodes.length}: ${v.nodes[0]?.target}`)).toEqual([])
    expect(errors).toEqual([])
    expect(perrors).toEqual([])
    await context.close()
  })
})

type SlideCheck = {
  id: string
  minText: number
  minText_at: string
  minChart: number
  used: number
  overflow: string[]
  marks: string[]
}

/** The smallest text, the share of the slide its content covers, and anything that spills out or is a control. */
function measure(page: Page): Promise<SlideCheck> {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('[data-slide]') as HTMLElement
    const box = slide.getBoundingClientRect()
    const cs = getComputedStyle(slide)
    const inner = {
      left: box.left + Number.parseFloat(cs.paddingLeft),
      right: box.right - Number.parseFloat(cs.paddingRight),
      top: box.top + Number.parseFloat(cs.paddingTop),
      bottom: box.bottom - Number.parseFloat(cs.paddingBottom),
    }
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect()
      const s = getComputedStyle(el)
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.closest('.sr-only')
    }
    let minText = Number.POSITIVE_INFINITY
    let minTextAt = ''
    let minChart = Number.POSITIVE_INFINITY
    const rects: DOMRect[] = []
    const overflow: string[] = []
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim()
      const el = n.parentElement
      if (!text || !el || !visible(el)) continue
      const size = Number.parseFloat(getComputedStyle(el).fontSize)
      if (el.closest('svg')) minChart = Math.min(minChart, size)
      else if (size < minText) {
        minText = size
        minTextAt = `${text.slice(0, 30)} (${size.toFixed(1)}px)`
      }
      const range = document.createRange()
      range.selectNodeContents(n)
      const r = range.getBoundingClientRect()
      rects.push(r)
      // A text wider than the box it sits in (a long value in a narrow column) runs into its neighbour.
      let box: HTMLElement = el
      while (box.parentElement && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement
      const b = box.getBoundingClientRect()
      if (
        !el.closest('svg') &&
        getComputedStyle(box).overflowX === 'visible' &&
        (r.right > b.right + 2 || r.left < b.left - 2)
      )
        overflow.push(
          `${text.slice(0, 30)} wider than its box [${[r.left, r.right].map(Math.round)} in ${[b.left, b.right].map(Math.round)}]`,
        )
      // Overflow by the text's element box (a glyph's ascent may rise above its line box by design).
      const e = el.getBoundingClientRect()
      if (
        e.right > inner.right + 2 ||
        e.bottom > inner.bottom + 2 ||
        e.left < inner.left - 2 ||
        e.top < inner.top - 2
      )
        overflow.push(
          `${text.slice(0, 30)} [${[e.left, e.top, e.right, e.bottom].map(Math.round)} in ${[inner.left, inner.top, inner.right, inner.bottom].map(Math.round)}]`,
        )
    }
    for (const el of slide.querySelectorAll('svg [data-bar], [data-kpi-bar] > span, svg.chart-surface'))
      if (visible(el)) rects.push(el.getBoundingClientRect())
    const left = Math.min(...rects.map((r) => r.left))
    const right = Math.max(...rects.map((r) => r.right))
    const top = Math.min(...rects.map((r) => r.top))
    const bottom = Math.max(...rects.map((r) => r.bottom))
    const used = ((right - left) * (bottom - top)) / ((inner.right - inner.left) * (inner.bottom - inner.top))
    const marks = [...slide.querySelectorAll('button, .source-btn, a[href]')]
      .filter(visible)
      .map((el) => el.outerHTML.slice(0, 80))
    for (const word of ['PNG', 'SVG', 'CSV', '表格', '“”', 'ƒ'])
      if ((slide.textContent ?? '').split(/\s+/).includes(word)) marks.push(word)
    return {
      id: slide.dataset.slide ?? '',
      minText,
      minText_at: minTextAt,
      minChart,
      used,
      overflow,
      marks,
    }
  })
}

/** Measures every slide of the open deck and fails on what the back of the room could not read. */
async function expectEverySlideReadable(page: Page, label: string) {
  const checks: SlideCheck[] = []
  const lowest: string[] = []
  const under: string[] = []
  const total = await eachSlide(page, async (id) => {
    checks.push(await measure(page))
    const found = await textContrast(page, '[data-slide]')
    const show = (c: (typeof found)[number]) =>
      `${id}: ${c.ratio.toFixed(2)}:1 "${c.text}" ${c.fg} on ${c.bg}`
    if (found[0]) lowest.push(show(found[0]))
    under.push(...found.filter((c) => c.ratio < 7).map(show))
  })
  console.log(
    checks
      .map(
        (c) =>
          `${label} ${c.id}: text ≥ ${c.minText.toFixed(1)} px (${c.minText_at}), chart ≥ ${Number.isFinite(c.minChart) ? c.minChart.toFixed(1) : '—'} px, uses ${(c.used * 100).toFixed(0)}%`,
      )
      .join('\n'),
  )
  console.log(`lowest text contrast per slide (${label}):\n${lowest.join('\n')}`)
  expect(under, 'projector theme: text under 7:1').toEqual([])
  for (const c of checks) {
    expect(c.minText, `${c.id}: ${c.minText_at}`).toBeGreaterThanOrEqual(24)
    if (Number.isFinite(c.minChart)) expect(c.minChart, c.id).toBeGreaterThanOrEqual(18)
    expect(c.used, `${c.id} uses less than half the slide`).toBeGreaterThanOrEqual(0.5)
    expect(c.overflow, `${c.id} spills out`).toEqual([])
    expect(c.marks, `${c.id} shows controls or source marks`).toEqual([])
  }
  return { total, ids: checks.map((c) => c.id) }
}

describe('slides that read from the back of the room', { timeout: 180_000 }, () => {
  it.each(['zh', 'en'] as const)(
    'every slide the report fills (%s) at 1920×1080, projector theme: text ≥ 24 px and ≥ 7:1, chart labels ≥ 18 px, half the slide used, nothing spills, no controls',
    async (lang) => {
      const { page, errors, context } = await open(browser, `/present?slides=${ALL}`, {
        viewport: HD,
        lang,
        theme: 'projector',
      })
      const { total } = await expectEverySlideReadable(page, lang)
      expect(total).toBeGreaterThan(6)
      expect(errors).toEqual([])
      await context.close()
    },
  )

  it("with the year's figures and a ledger brought in, the default deck holds the status slides, and they read as well (zh, en)", async () => {
    const { state } = await seedUserData(browser)
    for (const lang of ['zh', 'en'] as const) {
      const { page, errors, context } = await open(browser, '/present', {
        viewport: HD,
        theme: 'projector',
        state,
        lang,
      })
      const { ids } = await expectEverySlideReadable(page, `${lang} with data`)
      expect(ids).toEqual(expect.arrayContaining(['monitor', 'ledger']))
      expect(errors).toEqual([])
      await context.close()
    }
  })

  it('axe on every slide of the default deck, projector theme: zero violations', async () => {
    const { page, errors, context } = await open(browser, '/present', {
      viewport: HD,
      bypassCSP: true,
      theme: 'projector',
    })
    await eachSlide(page, async (id) => {
      const violations = await runAxe(page)
      expect(
        violations.map((v) => `${id} ${v.impact} ${v.id} ×${v.nodes.length}: ${v.nodes[0]?.target}`),
      ).toEqual([])
    })
    expect(errors).toEqual([])
    await context.close()
  })
})
