import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, open } from './support/app'
import { settle } from './support/screens'

// A report brought in through #/ingest works like a built-in one: paste its text, review the draft,
// save it in this browser, open it from the switcher, share a link to one of its projects (a reload
// opens that report), and switch back. The text is one of our own fixtures (tests/fixtures/reports).
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const TEXT = readFileSync('tests/fixtures/reports/county-work-report-2024.txt', 'utf8')
const ID = 'qinglan-2024'
const SHOTS = process.env.INGEST_SHOTS // a folder: the journey also leaves screenshots there

const route = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash.slice(1)))
const switcher = (page: Page) => page.getByRole('combobox', { name: '选择报告' })
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` })
}

describe('bringing in a report in Chromium', () => {
  it('pastes, reviews, saves, opens the report and a shared project link, and switches back', async () => {
    const { page, errors, foreign } = await open(browser, '/ingest')
    await page.getByRole('heading', { level: 1, name: '导入报告' }).waitFor()
    await shot(page, 'ingest-empty')
    await page.getByRole('textbox', { name: '报告全文' }).fill(TEXT)
    await page.getByRole('button', { name: '读取数字' }).click()
    const summary = page.getByTestId('ingest-summary')
    await summary.waitFor()
    expect(await summary.textContent()).toContain('青岚县2024年政府工作报告')
    const text = page.getByTestId('marked-text')
    expect(await text.locator('mark[data-status="placed"]').count()).toBeGreaterThan(30)
    expect(await text.locator('mark[data-status="unplaced"]').count()).toBe(1)
    // Not saveable yet: one number (320万人次) is in no fact.
    const save = page.getByRole('button', { name: '保存到本机浏览器' })
    expect(await save.isDisabled()).toBe(true)

    // Accept an indicator, reject a figure, edit a project's English name and its sector.
    const gdp = page.locator('[data-entry="indicator:gdp"]')
    await gdp.getByRole('button', { name: '接受' }).click()
    expect(await gdp.getAttribute('data-status')).toBe('accepted')
    const tourists = page.locator('li[data-entry^="metric:"]').filter({ hasText: '规模以上工业总产值' })
    await tourists.getByRole('button', { name: '拒绝' }).click()
    expect(await tourists.getAttribute('data-status')).toBe('rejected')
    await expect.poll(() => text.locator('mark[data-status="rejected"]').count()).toBeGreaterThan(0)
    const wind = page.locator('li[data-entry^="project:"]').filter({ hasText: '青岚风电二期' })
    await wind.getByRole('button', { name: '编辑' }).click()
    await wind.getByLabel('名称（英文）').fill('Qinglan Wind Farm, phase II')
    await wind.getByLabel('领域').selectOption('energy')
    // The one unplaced number is not a figure of the review.
    await page.getByRole('button', { name: '不是指标' }).click()
    await expect.poll(() => text.locator('mark[data-status="unplaced"]').count()).toBe(0)
    // Name it.
    await page.getByLabel('编号（小写字母、数字和 -）').fill(ID)
    await page.getByLabel('地区（英文）').fill('Qinglan County')
    await page.getByLabel('省份（中文）').fill('示例省')
    await page.getByLabel('省份（英文）').fill('Example Province')
    const checks = page.locator('[data-check]')
    await expect.poll(() => page.locator('[data-check="failed"]').count()).toBe(0)
    expect(await checks.count()).toBe(5)
    await shot(page, 'ingest-review')

    await save.click()
    const saved = page.getByRole('status').filter({ hasText: '已保存在本机' })
    await saved.waitFor()
    await shot(page, 'ingest-saved')

    // Its Overview, from the link the save offers.
    await saved.getByRole('link', { name: '打开此报告' }).click()
    await page.getByRole('heading', { level: 1, name: /青岚县2024年政府工作报告/ }).waitFor()
    await settle(page)
    expect(await route(page)).toMatch(new RegExp(`report=${ID}`))
    expect(await page.getByRole('article', { name: '地区生产总值' }).textContent()).toContain('186.4亿元')
    expect(await switcher(page).inputValue()).toBe(ID)

    // Its projects, one of them, and that link reloaded.
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '项目', exact: true })
      .click()
    await page.getByRole('link', { name: '青岚风电二期' }).click()
    await page.getByRole('heading', { level: 1, name: '青岚风电二期' }).waitFor()
    expect(await route(page)).toMatch(new RegExp(`^/projects/[^?]+\\?(.*&)?report=${ID}`))
    // The rejected figure is not in the saved report.
    await page.reload()
    await page.getByRole('heading', { level: 1, name: '青岚风电二期' }).waitFor()
    await settle(page)
    expect(await route(page)).toMatch(new RegExp(`report=${ID}`))
    expect(await switcher(page).inputValue()).toBe(ID)

    // Back to the built-in report.
    await switcher(page).selectOption('chaoyang-2023')
    await expect.poll(() => route(page)).toBe('/projects')
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '总览', exact: true })
      .click()
    await page
      .getByRole('heading', { level: 1, name: /朝阳县/ })
      .first()
      .waitFor()
    expect(await route(page)).toBe('/')
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
  })
})
