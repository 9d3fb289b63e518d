import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reportJson } from '../../src/testing/fixtures'
import { launch, open } from './support/app'

let browser: Browser
const report = reportJson()
const N = report.projects.length
const EXPECTED = report.projects.filter((p) => p.sector === 'energy' && p.stage === 'introduced').length
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const rowNames = (page: import('playwright-core').Page) =>
  page.locator('table tbody tr th[scope="row"]').allTextContents()

describe('Projects explorer in Chromium', () => {
  it('filters, cross-filters, opens a project, comes back, reloads and exports the same list', async () => {
    const { page, errors, foreign, context } = await open(browser, '/projects')
    const count = page.getByTestId('result-count')
    await count.waitFor()
    // Choose the energy sector.
    await page.getByRole('form', { name: '筛选' }).getByText('能源', { exact: true }).click()
    await expect.poll(() => page.url()).toContain('sector=energy')
    // Click a bar of the stage chart (the Recharts bar itself, drawn by the shared BarChart).
    await page.locator('[data-chart="projects-by-stage"] [data-group="引进"]').first().click()
    await expect.poll(() => page.url()).toContain('stage=introduced')
    await expect.poll(() => count.textContent()).toBe(`显示 ${EXPECTED} / ${N} 个项目`)
    const filtered = await rowNames(page)
    expect(filtered).toHaveLength(EXPECTED)
    // Open a project, then go back: the filters are in the URL, so they survive.
    await page.getByRole('link', { name: filtered[0] as string }).click()
    await page.getByRole('heading', { level: 1, name: filtered[0] as string }).waitFor()
    await page.goBack()
    await expect.poll(() => count.textContent()).toBe(`显示 ${EXPECTED} / ${N} 个项目`)
    expect(page.url()).toContain('sector=energy&stage=introduced')
    await expect.poll(() => page.getByRole('button', { name: '移除筛选:领域 = 能源' }).count()).toBe(1)
    // Reload the link: same list.
    await page.reload()
    await expect.poll(() => count.textContent()).toBe(`显示 ${EXPECTED} / ${N} 个项目`)
    expect(await rowNames(page)).toEqual(filtered)
    // Download the CSV: UTF-8 BOM, a header in Chinese and one line per row.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ])
    const path = await download.path()
    const bytes = readFileSync(path)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n')
    expect(lines[0]).toMatch(/^编号,项目名称,领域/)
    expect(lines).toHaveLength(EXPECTED + 1)
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(filtered)
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await context.close()
  })
})
