import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, open } from './support/app'
import { settle } from './support/screens'

// Reports side by side (issue 13) in Chromium: two more years of 朝阳县 and another county's 2023 report,
// pasted into #/ingest from our invented fixtures (tests/fixtures/years) and saved in this browser; the
// Overview's cards show each indicator's years, Targets sets last year's target against this year's
// result, and 各县对比 (opened from the report switcher) lays the counties side by side. A reload keeps it all.
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const SHOTS = process.env.YEARS_SHOTS // a folder: the journey also leaves screenshots there
const text = (file: string) => readFileSync(`tests/fixtures/years/${file}`, 'utf8')
const route = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash.slice(1)))
const switcher = (page: Page) => page.getByRole('group', { name: '选择报告' })
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name, exact: true })
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` })
}

/** Pastes a fixture on #/ingest, names it and saves it as drafted (every number of it is placed). */
async function ingest(page: Page, file: string, id: string, countyEn: string) {
  const again = page.getByRole('button', { name: '重新粘贴' })
  if (await again.isVisible()) await again.click()
  await page.getByRole('textbox', { name: '报告全文' }).fill(text(file))
  await page.getByRole('button', { name: '读取数字' }).click()
  await page.getByTestId('ingest-summary').waitFor()
  await page.getByLabel('编号（小写字母、数字和 -）').fill(id)
  await page.getByLabel('地区（英文）').fill(countyEn)
  await page.getByLabel('省份（中文）').fill('辽宁省')
  await page.getByLabel('省份（英文）').fill('Liaoning')
  await expect.poll(() => page.locator('[data-check="failed"]').count()).toBe(0)
  const save = page.getByRole('button', { name: '保存到本机浏览器' })
  await expect.poll(() => save.isEnabled()).toBe(true)
  await save.click()
  await page.getByRole('status').filter({ hasText: '已保存在本机' }).waitFor()
}

async function checkYears(page: Page) {
  await nav(page, '总览').click()
  const gdp = page.getByRole('article', { name: '地区生产总值' })
  const line = gdp.getByRole('img', { name: /历年增速/ })
  await line.waitFor({ timeout: 20_000 })
  expect(await line.getAttribute('aria-label')).toBe(
    '地区生产总值历年增速：2021年 6.8%，2022年 5.0%，2023年 5.6%',
  )
  await settle(page)
  await shot(page, 'overview-years')
  await nav(page, '目标').click()
  const section = page.getByRole('region', { name: '历年目标与完成' })
  await section.waitFor({ timeout: 20_000 })
  const gdp2023 = section.locator('[data-check="2023:gdp"]')
  expect(await gdp2023.textContent()).toMatch(
    /8\.0%.*据《朝阳县2023年政府工作报告》.*5\.6%.*据《朝阳县2024年政府工作报告（虚构测试文本）》.*-2\.4个百分点.*未完成/,
  )
  // "未完成" holds "完成": the verdict is read whole from its own element.
  const met = section.locator('[data-check="2023:fixed-asset-investment"] [data-met]')
  expect(await met.getAttribute('data-met')).toBe('true')
  expect(await met.textContent()).not.toContain('未完成')
  if (SHOTS) await section.screenshot({ path: `${SHOTS}/targets-years-section.png` })
}

/** Screenshots only (YEARS_SHOTS): the three views at 1920×1080, then in English. */
async function wideAndEnglish(page: Page) {
  await page.setViewportSize({ width: 1920, height: 1080 })
  for (const lang of ['zh', 'en'] as const) {
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click()
    for (const [name, path] of [
      ['overview', '/'],
      ['targets', '/targets'],
      ['compare', '/compare'],
    ] as const) {
      await page.evaluate((p) => {
        location.hash = p
      }, path)
      await settle(page)
      await page.waitForTimeout(1500)
      await page.screenshot({ path: `${SHOTS}/${name}-${lang}-1920.png`, fullPage: name !== 'overview' })
    }
  }
}

describe('reports side by side in Chromium', () => {
  it('saves two more years and another county, shows trends, targets met and the comparison, after a reload too', async () => {
    const { page, errors, foreign } = await open(browser, '/ingest')
    await page.getByRole('heading', { level: 1, name: '导入报告' }).waitFor()
    // One report: no switcher yet.
    expect(await page.getByRole('combobox', { name: '选择报告' }).count()).toBe(0)
    await ingest(page, 'chaoyang-2024.txt', 'chaoyang-2024', 'Chaoyang County')
    // The switcher appears as soon as there is a second report, without a navigation.
    await page.getByRole('combobox', { name: '选择报告' }).waitFor()
    await ingest(page, 'chaoyang-2022.txt', 'chaoyang-2022', 'Chaoyang County')
    expect(await page.getByRole('combobox', { name: '选择报告' }).locator('option').count()).toBe(3)

    await checkYears(page)
    await shot(page, 'targets-years')

    // Another county's 2023 report: 各县对比, opened from the switcher.
    await nav(page, '导入报告').click()
    await ingest(page, 'songchuan-2023.txt', 'songchuan-2023', 'Songchuan County')
    await nav(page, '总览').click()
    await switcher(page).getByRole('link', { name: '各县对比' }).click()
    expect(await route(page)).toBe('/compare')
    const table = page.getByRole('table', { name: '2022年主要指标与2023年目标' })
    await table.waitFor({ timeout: 20_000 })
    const heads = await table.getByRole('columnheader').allTextContents()
    expect(heads[1]).toContain('朝阳县')
    expect(heads[2]).toContain('松川县')
    expect(await table.locator('[data-row="gdp"]').textContent()).toMatch(/113\.6亿元.*156\.2亿元/)
    expect(
      await table.locator('[data-row="industrial-output"] [data-cell="songchuan-2023"]').textContent(),
    ).toBe('未报告')
    await settle(page)
    await shot(page, 'compare')

    // A reload: everything is still there.
    await page.reload()
    await table.waitFor({ timeout: 20_000 })
    expect(await table.locator('[data-row="gdp"]').textContent()).toMatch(/156\.2亿元/)
    await switcher(page).waitFor()
    expect(await page.getByRole('combobox', { name: '选择报告' }).locator('option').count()).toBe(4)
    await checkYears(page)
    if (SHOTS) await wideAndEnglish(page)
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
  })
})
