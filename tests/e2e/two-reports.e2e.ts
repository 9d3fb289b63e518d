import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SECOND_REPORT } from '../../src/testing/fixtures'
import { launch, open } from './support/app'
import { settle } from './support/screens'
import { serveTwoReports } from './support/two-reports'

// With a second report, every screen, every link and the deck keep the report a link opened, and
// never fall back to the default. The second report is invented (tests/fixtures/data/demo-2024).
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const id = SECOND_REPORT.id
const route = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash.slice(1)))
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name, exact: true }).click()

/** The screen shows the second report: its header switcher and the route both name it. */
async function onSecond(page: Page) {
  await settle(page)
  expect(await route(page)).toMatch(new RegExp(`[?&]report=${id}(&|$)`))
  expect(await page.getByRole('combobox', { name: '选择报告' }).inputValue()).toBe(id)
}

describe('a second report in Chromium', () => {
  it('clicks through every screen of the second report without falling back to the default', async () => {
    const { page, errors, foreign, context } = await open(browser, `/?report=${id}`, {
      viewport: { width: 1366, height: 768 },
      routes: serveTwoReports,
    })
    // Overview
    await page.getByRole('heading', { level: 1, name: SECOND_REPORT.title.zh }).waitFor()
    await onSecond(page)
    expect(await page.getByRole('article', { name: '地区生产总值' }).textContent()).toContain('88.4亿元')
    // Targets, from the Overview's own link
    await page.getByRole('link', { name: /2024年目标与任务/ }).click()
    await onSecond(page)
    expect(await page.getByRole('table', { name: '指标、目标与推算水平' }).textContent()).toContain(
      '45.92亿元',
    )
    // Projects, then a project, its source passage, and back
    await nav(page, '项目')
    await onSecond(page)
    expect(await page.getByTestId('result-count').textContent()).toBe('显示 2 / 2 个项目')
    await page.getByRole('link', { name: '清河风电储能项目' }).click()
    await page.getByRole('heading', { level: 1, name: '清河风电储能项目' }).waitFor()
    await onSecond(page)
    await page
      .getByRole('link', { name: /在原文中查看/ })
      .first()
      .click()
    await page.locator('mark#source-hl').waitFor()
    await onSecond(page)
    expect(await page.locator('mark#source-hl').textContent()).toContain('清河风电储能项目')
    // Areas and an area's page
    await nav(page, '领域')
    await onSecond(page)
    await page.getByRole('link', { name: /^乡村振兴/ }).click()
    await page.getByRole('heading', { level: 1, name: '乡村振兴' }).waitFor()
    await onSecond(page)
    expect(await page.locator('main').textContent()).toContain('2.1万亩')
    // Source
    await nav(page, '原文')
    await onSecond(page)
    expect(await page.locator('article').textContent()).toContain('新建村级电商服务站30个')
    // The deck, and back out of it
    await nav(page, '演示')
    await page.getByRole('heading', { name: SECOND_REPORT.title.zh, exact: true }).waitFor()
    expect(await route(page)).toMatch(new RegExp(`report=${id}`))
    await page.keyboard.press('ArrowRight')
    await page.locator('[data-slide="kpis"]').waitFor()
    expect(await page.locator('[data-slide]').textContent()).toContain('88.4亿元')
    await page.keyboard.press('Escape')
    await page
      .getByRole('heading', { level: 1, name: '乡村振兴' })
      .or(page.getByRole('heading', { level: 1, name: /报告原文/ }))
      .first()
      .waitFor()
    await onSecond(page)
    // Reload keeps it; switching back to the default report drops the parameter.
    await page.reload()
    await onSecond(page)
    await page.getByRole('combobox', { name: '选择报告' }).selectOption({ label: '朝阳县2023年政府工作报告' })
    await expect.poll(() => route(page)).not.toContain('report=')
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await context.close()
  })
})
