import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { pathToFileURL } from 'node:url'
import JSZip from 'jszip'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launch, open } from './support/app'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const file = () => inject('singleFile')

describe('single-file build (dist-single/朝阳县2023年政府工作报告-仪表盘.html from file://, network blocked)', () => {
  it('is one self-contained file: no external scripts, styles, icons or fonts', () => {
    const html = readFileSync(file(), 'utf8')
    // 3.03 MB today: everything inlined, the spreadsheet reader/writer (SheetJS, ~0.5 MB), the
    // browser store (Dexie), the PowerPoint writer (pptxgenjs + jszip, ~0.37 MB) and the report reader
    // of #/ingest (pipeline, traditional-character table, .docx reader: ~0.43 MB) included, since
    // monitoring, the ledger, the deck's export and adding a report work from the file too. The bound
    // catches a library bundled twice or a source map, not honest growth.
    expect(statSync(file()).size).toBeLessThan(3_300_000)
    // Named after its report, not typed: the manifest's default report's title; no worker or chunk beside it.
    expect(readdirSync(dirname(file()))).toEqual(['朝阳县2023年政府工作报告-仪表盘.html'])
    expect(html).not.toMatch(/<script[^>]+src=/)
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/)
    expect(html).toMatch(/<link rel="icon"[^>]+href="data:image\/png;base64,/)
    // Library error texts mention URLs (react.dev/errors ...); nothing may be loaded from one.
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i)
    expect(html).not.toMatch(/@import\s+url\(|@font-face/i)
    expect(html).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/)
    expect(html).toContain('预计全年完成地区生产总值113.6亿元') // the dataset is inside
  })

  it('with JavaScript off, says so in Chinese and English instead of a blank page', async () => {
    const { page, context } = await open(browser, '/', {
      url: pathToFileURL(file()).href,
      viewport: { width: 1366, height: 768 },
      javaScriptEnabled: false,
    })
    const zh = page.getByRole('heading', { name: '需要启用 JavaScript' })
    const en = page.getByRole('heading', { name: 'JavaScript is turned off' })
    expect(await zh.isVisible()).toBe(true)
    expect(await en.isVisible()).toBe(true)
    expect(await page.getByText(/请在浏览器设置中允许本页面运行 JavaScript/).isVisible()).toBe(true)
    const box = await zh.boundingBox()
    expect(box && box.y + box.height).toBeLessThan(768)
    await context.close()
  })

  it('shows the Overview and steps through the deck with no console errors', async () => {
    const url = pathToFileURL(file()).href
    const { page, errors, foreign, context } = await open(browser, '/', {
      url,
      viewport: { width: 1366, height: 768 },
    })
    await page
      .getByText(/朝阳县2023年政府工作报告/)
      .first()
      .waitFor()
    await page.evaluate(() => {
      location.hash = '/present'
    })
    await page.getByRole('heading', { name: '朝阳县2023年政府工作报告', exact: true }).waitFor()
    const total = Number(
      ((await page.getByTestId('deck-counter').locator('[aria-hidden="true"]').textContent()) ?? '').split(
        '/',
      )[1],
    )
    expect(total).toBeGreaterThanOrEqual(8)
    await page.keyboard.press('ArrowRight')
    await page.getByRole('region', { name: '主要指标' }).getByRole('list').getByText('113.6亿元').waitFor()
    for (let i = 2; i < total; i++) await page.keyboard.press('PageDown')
    // The last slide is the tasks slide; the break in the source text is its footnote.
    await page
      .locator('[data-slide="tasks"]')
      .getByRole('note')
      .getByText(/原文最后一句为/)
      .waitFor()
    await page.keyboard.press('3')
    await page.keyboard.press('Enter')
    // Slides carry no export buttons; the chart still draws from the file.
    await page.locator('[data-chart] svg [data-bar]').first().waitFor()
    // The PowerPoint export works from the file too: pptxgenjs is inside it, nothing is fetched.
    const [pptx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 PPT' }).click(),
    ])
    expect(pptx.suggestedFilename()).toBe('朝阳县2023年政府工作报告-演示.pptx')
    const zip = await JSZip.loadAsync(readFileSync(await pptx.path()))
    expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(total)
    // Esc leaves full screen first (none here), Q leaves the deck.
    await page.keyboard.press('q')
    await page.waitForFunction(() => !location.hash.includes('present'))
    // A chart's PNG export works from file:// too (the Targets screen keeps its buttons).
    await page.evaluate(() => {
      location.hash = '/targets'
    })
    await page.locator('[data-chart] svg [data-bar]').first().waitFor()
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /PNG/ }).first().click(),
    ])
    expect(png.suggestedFilename()).toMatch(/\.png$/)
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await context.close()
  })
})
