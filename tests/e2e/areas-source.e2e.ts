import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launch, open } from './support/app'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** True when the element's box lies inside the viewport (scrolled into view, not just present). */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox()
  const size = page.viewportSize()
  if (!box || !size) return false
  return box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width
}

async function expectHighlighted(page: Page) {
  const hl = page.locator('mark#source-hl')
  await hl.waitFor()
  expect(await hl.textContent()).toContain('清洁能源总装机容量达1552兆瓦')
  await expect.poll(() => inViewport(page, hl)).toBe(true)
  // Scrolled and focused in a frame after the render: the browser may restore the scroll first.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('source-hl')
}

describe('Areas and Source', () => {
  it('goes from a figure of an area to its highlighted passage, survives a reload, back/forward and English', async () => {
    const { page, errors, foreign, context } = await open(browser, '/')
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '领域' }).click()
    await page.getByRole('link', { name: /^工业/ }).click()
    await page.getByRole('heading', { level: 1, name: '工业' }).waitFor()
    const card = page.locator('li', { hasText: '清洁能源总装机容量' }).filter({ hasText: '1,552兆瓦' })
    await card.getByRole('button', { name: '清洁能源总装机容量的出处' }).click()
    await card.getByRole('link', { name: /在原文中查看/ }).click()

    expect(new URL(page.url()).hash).toBe('#/source?hl=clean-energy-capacity')
    await page.getByText('高亮显示：清洁能源总装机容量').waitFor()
    await expectHighlighted(page)

    // The URL is the view: reloading it lands on the same highlighted passage.
    const shared = page.url()
    await page.reload()
    expect(page.url()).toBe(shared)
    await expectHighlighted(page)

    await page.goBack()
    await page.getByRole('heading', { level: 1, name: '工业' }).waitFor()
    await page.goForward()
    await expectHighlighted(page)

    await page.getByRole('button', { name: /语言/ }).click()
    await page.getByText('Highlighted: Total installed clean-energy capacity').waitFor()
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Areas' })
      .click()
    await page.getByRole('link', { name: /^Industry/ }).click()
    await page.getByText('Total installed clean-energy capacity').waitFor()
    expect(await page.getByText('1,552 MW').count()).toBeGreaterThan(0)

    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await context.close()
  })

  it('searches the text from a shared link and says when an id is unknown', async () => {
    const { page, errors, foreign, context } = await open(browser, '/source?q=光伏')
    await page.getByText('共 2 处 · 第 1 / 2 处').waitFor()
    expect(await page.locator('article mark', { hasText: '光伏' }).count()).toBe(2)
    await page.getByRole('button', { name: /下一处/ }).click()
    await page.getByText('共 2 处 · 第 2 / 2 处').waitFor()
    await expect.poll(() => inViewport(page, page.locator('mark[data-current]'))).toBe(true)

    await page.goto(`${page.url().split('#')[0]}#/source?hl=nope`)
    await page.getByText('找不到“nope”，下面显示原文全文。').waitFor()
    expect(await page.locator('mark#source-hl').count()).toBe(0)
    await page.goto(`${page.url().split('#')[0]}#/sectors/nope`)
    await page.getByText('找不到领域“nope”。').waitFor()
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await context.close()
  })

  it('shows an area described in words only by its paragraph, which opens in the text', async () => {
    const { page, errors, context } = await open(browser, '/areas/reform')
    const words = page.getByRole('region', { name: '原文摘录' })
    await words.getByText(/^重点改革稳步实施。财政预算和评审制度改革扎实开展/).waitFor()
    expect(await page.getByRole('region', { name: '数字' }).count()).toBe(0)
    await words.getByRole('link', { name: /阅读本领域的完整段落/ }).click()
    expect(await page.locator('mark#source-hl').first().textContent()).toContain('重点改革稳步实施')
    expect(errors).toEqual([])
    await context.close()
  })

  it('highlights a passage in the single-file build opened from file://', async () => {
    const url = `file://${inject('singleFile')}`
    const { page, errors, foreign, context } = await open(browser, '/source?hl=gdp-2022', { url })
    const hl = page.locator('mark#source-hl')
    await hl.waitFor()
    expect(await hl.textContent()).toContain('113.6亿元')
    await expect.poll(() => inViewport(page, hl)).toBe(true)
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await context.close()
  })
})
