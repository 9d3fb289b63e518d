import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reportJson } from '../../src/testing/fixtures'
import { launch, open } from './support/app'
import { accessibleNameOf } from './support/ax-name'

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
  page.locator('table[aria-rowcount] tbody tr th[scope="row"]').allTextContents()

describe('Projects explorer in Chromium', () => {
  it('filters, cross-filters, opens a project, comes back, reloads and exports the same list', async () => {
    const { page, errors, foreign, context } = await open(browser, '/projects')
    const count = page.getByTestId('result-count')
    await count.waitFor()
    // Choose the energy sector (its chip says how many projects it has).
    const energy = page.getByRole('form', { name: '筛选' }).locator('[data-choice="energy"]')
    expect(await energy.textContent()).toMatch(/^能源\d+$/)
    await energy.click()
    await expect.poll(() => page.url()).toContain('sector=energy')
    // Click a bar of the stage chart (the SVG bar itself, drawn by the shared BarChart), drawn
    // once the reader scrolls down to it.
    await page.locator('[data-chart="projects-by-stage"]').scrollIntoViewIfNeeded()
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
    await expect.poll(() => page.getByRole('button', { name: '移除筛选：领域 = 能源' }).count()).toBe(1)
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
    // The name first, the id last; the file named by what was filtered.
    expect(lines[0]).toMatch(/^项目名称,领域.*,编号$/)
    expect(lines).toHaveLength(EXPECTED + 1)
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(filtered)
    expect(download.suggestedFilename()).toBe(
      '项目列表-朝阳县2023年政府工作报告 - 领域 = 能源、阶段 = 引进.csv',
    )
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await context.close()
  })

  it('says why a choice is off when it is pointed at or reached by keyboard, and a click on it changes nothing', async () => {
    // The report names no project at 签约: that stage is off whatever the filters.
    const { page, errors, context } = await open(browser, '/projects')
    await page.getByTestId('result-count').waitFor()
    const chip = page.getByRole('form', { name: '筛选' }).locator('[data-choice="signed"]')
    const hint = () => chip.evaluate((el) => getComputedStyle(el, '::after').content)
    const opacity = () => chip.evaluate((el) => getComputedStyle(el).opacity)
    expect(await hint()).toBe('none')
    expect(Number(await opacity())).toBeLessThan(0.5)
    await chip.hover()
    expect(await hint()).toContain('在当前筛选下没有这类项目')
    expect(await opacity()).toBe('1')
    await page.mouse.move(0, 0)
    expect(await hint()).toBe('none')
    // By keyboard: focused, at full strength with its ring, and the same words.
    await chip.focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    expect(await hint()).toContain('在当前筛选下没有这类项目')
    expect(await chip.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
    // A screen reader hears the words once, as the description, not again in the chip's name.
    expect(await accessibleNameOf(chip)).toEqual({ name: '签约 0', description: '在当前筛选下没有这类项目' })
    await page.keyboard.press('Space')
    expect(await chip.isChecked()).toBe(false)
    expect(page.url()).not.toContain('stage=')
    expect(await page.getByRole('checkbox', { name: /^签约/ }).getAttribute('aria-disabled')).toBe('true')
    expect(errors).toEqual([])
    await context.close()
  })

  it('reaches the result count and the table without scrolling at 1366, and never scrolls sideways', async () => {
    for (const lang of ['zh', 'en'] as const)
      for (const viewport of [
        { width: 1366, height: 768 },
        { width: 1920, height: 1080 },
      ]) {
        const { page, context } = await open(browser, '/projects', { viewport, lang })
        await page.locator('table tbody tr').first().waitFor()
        const at = async (sel: string) => (await page.locator(sel).first().boundingBox())?.y ?? 1e9
        expect(await at('[data-testid="result-count"]'), lang).toBeLessThan(viewport.height / 3)
        expect(await at('table tbody tr'), lang).toBeLessThan(viewport.height / 2)
        // A chart's hidden keyboard list once made the English page 1488 px wide at 1366.
        await page.locator('[data-chart="projects-by-sector"]').scrollIntoViewIfNeeded()
        await page.locator('[data-chart="projects-by-sector"] svg.chart-surface').first().waitFor()
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        expect(width, `${lang} ${viewport.width}`).toBeLessThanOrEqual(viewport.width)
        await context.close()
      }
  })

  it('exports a chart as PNG, SVG and CSV that keep the filter and the caveat, named by the filter', async () => {
    const { page, context } = await open(browser, '/projects?stage=producing')
    const figure = page.getByRole('figure', { name: '各领域投资额' })
    await figure.scrollIntoViewIfNeeded()
    await figure.locator('[data-chart] svg.chart-surface').first().waitFor()
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: /^PNG/ }).click(),
    ])
    expect(png.suggestedFilename()).toBe('各领域投资额 - 阶段 = 投产达效.png')
    expect(
      readFileSync((await png.path()) as string)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG')
    // The image is drawn from the same SVG: the filter and the caveat are in it, as in the CSV.
    const caveat = '这 5 个项目都没有列明投资额，图中没有可比的金额。'
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: /^SVG/ }).click(),
    ])
    const svgText = readFileSync((await svg.path()) as string, 'utf8')
    expect(svgText).toContain('筛选：阶段 = 投产达效')
    expect(svgText).toContain(caveat)
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: /^CSV/ }).click(),
    ])
    expect(csv.suggestedFilename()).toBe('各领域投资额 - 阶段 = 投产达效.csv')
    const lines = readFileSync((await csv.path()) as string, 'utf8')
      .slice(1)
      .split('\r\n')
    expect(lines.slice(0, 2)).toEqual(['领域,投资额', '能源,未列明金额'])
    expect(lines).toEqual(expect.arrayContaining(['筛选：阶段 = 投产达效', caveat]))
    await context.close()
  })
})
