import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, launch, open } from './support/app'
import { bringUserData } from './support/user-data'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const theme = (page: Page) =>
  page.evaluate(() =>
    ['light', 'dark', 'projector'].find((t) => document.documentElement.classList.contains(t)),
  )

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0

describe('sharing a view', () => {
  it('复制链接 copies a link that reopens the same screen in the same language and theme', async () => {
    const { page, context, errors } = await open(browser, '/projects?sectors=industry', {
      lang: 'en',
      theme: 'projector',
    })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl()).origin,
    })
    await page.getByRole('button', { name: 'Copy link' }).click()
    await page.getByTestId('share-status').getByText('Link copied').waitFor()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toMatch(/#\/projects\?.*sectors=industry.*&lang=en&theme=projector$/)
    const heading = await page.getByRole('heading', { level: 1 }).first().textContent()
    expect(errors).toEqual([])
    await context.close()

    // A colleague's browser: Chinese and light by default, nothing saved.
    const other = await open(browser, '/')
    await other.page.goto(link)
    await other.page
      .getByRole('heading', { level: 1, name: heading ?? '∅' })
      .first()
      .waitFor()
    expect(await other.page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await theme(other.page)).toBe('projector')
    // The filter came along; the preferences left the address once applied.
    const hash = await other.page.evaluate(() => location.hash)
    expect(hash).toContain('sectors=industry')
    expect(hash).not.toContain('lang=')
    expect(other.errors).toEqual([])
    await other.context.close()
  })

  it('a link with a language or theme the app does not have opens as it is, and says so', async () => {
    const { page, context, errors } = await open(browser, '/targets?lang=fr&theme=blue')
    const notice = page.getByRole('status').filter({ hasText: '链接中的参数无法识别' })
    await notice.waitFor()
    expect(await notice.textContent()).toContain('lang=fr, theme=blue')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    expect(await theme(page)).toBe('light')
    expect(await page.evaluate(() => location.hash)).toBe('#/targets')
    // Said once: nothing of it is kept, so a reload of the cleaned address says nothing more.
    await page.reload()
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    expect(await page.getByText('链接中的参数无法识别').count()).toBe(0)
    // And the next link that says how to open replaces it; dismissed, it goes.
    await page.goto(`${page.url().split('#')[0]}#/targets?theme=dusk`)
    await notice.filter({ hasText: 'theme=dusk' }).waitFor()
    expect(await notice.textContent()).not.toContain('lang=fr')
    await notice.getByRole('button', { name: '知道了' }).click()
    await notice.waitFor({ state: 'detached' })
    expect(errors).toEqual([])
    await context.close()
  })

  it('when the browser refuses to copy, shows the link selected in a field', async () => {
    const { page, context } = await open(browser, '/targets', { theme: 'dark' })
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      })
      document.execCommand = () => false
    })
    await page.reload()
    await page.getByRole('button', { name: '复制链接' }).click()
    const field = page.getByRole('textbox', { name: '本页链接' })
    await field.waitFor()
    const value = await field.inputValue()
    expect(value).toMatch(/#\/targets\?lang=zh&theme=dark$/)
    expect(
      await page.evaluate(
        () => String(getSelection()) || (document.activeElement as HTMLInputElement)?.value,
      ),
    ).toBe(value)
    expect(await page.getByText(/请按 Ctrl\+C 复制/).isVisible()).toBe(true)
    await context.close()
  })
})

describe('the one-page brief', () => {
  it('prints the Overview on exactly one A4 page, from 打印简报 in the header', async () => {
    const { page, context, errors } = await open(browser, '/')
    await page.getByRole('link', { name: '打印简报' }).click()
    const sheet = page.locator('[data-brief]')
    await sheet.getByRole('heading', { name: '朝阳县2023年政府工作报告 · 简报' }).waitFor()
    for (const text of ['113.6亿元', '8.0%', '+3.0个百分点', '295.7亿元'])
      expect(await sheet.getByText(text, { exact: true }).first().isVisible()).toBe(true)
    expect(await sheet.getByText(/来源：朝阳县2023年政府工作报告/).isVisible()).toBe(true)
    expect(await sheet.getByText(/打印于 \d{4}-\d\d-\d\d/).isVisible()).toBe(true)
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
    expect(pdfPages(pdf)).toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('with the year’s figures, shows each KPI’s light and the red list, still on one page', async () => {
    const { page, context } = await open(browser, '/')
    await bringUserData(page)
    await page.goto(`${page.url().split('#')[0]}#/brief`)
    const sheet = page.locator('[data-brief]')
    await sheet.getByRole('columnheader', { name: '状态' }).waitFor({ timeout: 30_000 })
    const red = sheet.getByRole('heading', { name: /^滞后与预警（\d+）$/ })
    const count = Number((await red.textContent())?.match(/\d+/)?.[0])
    expect(count).toBeGreaterThan(0)
    expect(
      await sheet
        .getByRole('listitem')
        .filter({ has: page.locator('[data-light-icon]') })
        .count(),
    ).toBe(count)
    expect(await sheet.getByText(/监测数据：.*数据截至/).isVisible()).toBe(true)
    expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1)
    await context.close()
  }, 90_000)
})

describe('with JavaScript off', () => {
  it('the served build says what needs JavaScript above the prerendered numbers, which stay', async () => {
    const { page, context } = await open(browser, '/', { javaScriptEnabled: false })
    const zh = page.getByText(/JavaScript 未启用/)
    expect(await zh.isVisible()).toBe(true)
    expect(await page.getByText(/JavaScript is off/).isVisible()).toBe(true)
    expect(await page.getByText('113.6亿元', { exact: true }).first().isVisible()).toBe(true)
    const strip = await zh.boundingBox()
    const gdp = await page.getByText('113.6亿元', { exact: true }).first().boundingBox()
    expect(strip && gdp && strip.y < gdp.y).toBe(true)
    await context.close()
  })
})
