import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launch, open } from './support/app'
import { boardText, CSV_NAME, chooseFile, csvBytes, XLSX_NAME, xlsxBytes } from './support/monitor'

// Issue 11 in real Chromium: figures imported from the files staff have, shown with their lights on
// #/monitor and the Overview, kept in IndexedDB across reloads and tabs, undone, backed up and
// restored into a fresh profile; the single-file build does the same from file://.

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const T = { timeout: 15_000 }
const row = (page: Page, name: string) =>
  page.locator('[data-board] tbody tr').filter({ has: page.getByRole('link', { name, exact: true }) })

/** Imports a file through the preview; returns the preview's texts before confirming. */
async function importFile(page: Page, name: string, bytes: Buffer, mime: string) {
  await page.getByRole('heading', { name: '2023年目标监测' }).waitFor(T)
  await chooseFile(page, name, bytes, mime)
  const preview = page.getByRole('region', { name: `导入预览：${name}` })
  await preview.waitFor(T)
  const summary = ((await preview.getByRole('status').first().textContent()) ?? '').replace(/\s+/g, ' ')
  const rejected = await preview.locator('[data-severity="error"]').allTextContents()
  await preview.getByRole('button', { name: /确认导入/ }).click()
  await page.getByText(/已导入 \d+ 个数字/).waitFor(T)
  return { summary, rejected }
}

async function expectBoard(page: Page) {
  await expect.poll(() => row(page, '地区生产总值').textContent(), T).toContain('8.4%')
  const gdp = ((await row(page, '地区生产总值').textContent()) ?? '').replace(/\s+/g, ' ')
  expect(gdp).toContain('1–6月')
  expect(gdp).toContain('+0.4个百分点')
  expect(gdp).toContain('正常')
  expect(await row(page, '固定资产投资').textContent()).toContain('滞后')
  expect(await row(page, '社会消费品零售总额').textContent()).toContain('预警')
  expect(await row(page, '农村居民人均可支配收入').textContent()).toContain('暂无数据')
}

describe('monitoring journeys (CSV)', () => {
  it('imports a CSV with Chinese headers and mixed periods; Overview and #/monitor show the lights; a reload keeps them', async () => {
    const { page, context, errors, foreign } = await open(browser, '/monitor')
    const { summary, rejected } = await importFile(page, CSV_NAME, csvBytes(), 'text/csv')
    expect(summary).toContain('可导入 7 行')
    expect(summary).toContain('未导入 1 行')
    expect(rejected).toHaveLength(1)
    expect(rejected[0]).toContain('第 9 行')
    expect(rejected[0]).toContain('房地产开发投资')
    await expectBoard(page)
    const red = page.getByRole('heading', { name: /滞后与预警/ }).locator('..')
    expect(((await red.getByRole('listitem').first().textContent()) ?? '').replace(/\s+/g, ' ')).toMatch(
      /滞后\s*固定资产投资/,
    )

    await page.getByRole('link', { name: '总览' }).click()
    const gdp = page.locator('[data-kpi-status="gdp"]')
    await expect.poll(() => gdp.textContent(), T).toContain('8.4%')
    expect(await gdp.textContent()).toContain('正常')
    expect(await page.locator('[data-kpi-status="fixed-asset-investment"]').textContent()).toContain('滞后')

    await page.reload()
    await expect.poll(() => page.locator('[data-kpi-status="gdp"]').textContent(), T).toContain('8.4%')
    // The first paint reserved the row before any script ran.
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-actuals'))).toBe(true)
    await page.goto('about:blank')
    const again = await context.newPage()
    await again.goto(`${inject('baseUrl')}#/monitor`) // a new tab of the same profile
    await expectBoard(again)
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await context.close()
  })

  it('a second tab sees an edit arrive; an import is undone; a backup restores the same screen in a fresh profile', async () => {
    const { page, context, errors } = await open(browser, '/monitor')
    await importFile(page, CSV_NAME, csvBytes(), 'text/csv')
    await expectBoard(page)

    // Two tabs of one browser profile.
    const other = await context.newPage()
    await other.goto(`${inject('baseUrl')}#/monitor/gdp`)
    const values = other.getByRole('table', { name: '全部数据及来源' })
    await values.getByText('8.4%').waitFor(T)
    await page.goto(`${inject('baseUrl')}#/monitor/gdp`)
    const mine = page.getByRole('table', { name: '全部数据及来源' })
    await mine.getByRole('button', { name: '更正' }).first().click()
    const form = page.getByRole('form', { name: /更正这一期/ })
    await form.getByRole('textbox', { name: '累计增速（%）' }).fill('7.6')
    await form.getByRole('button', { name: '保存' }).click()
    await values.getByText('7.6%').waitFor(T) // arrived in the other tab, no reload
    expect(await other.getByText('预警').first().isVisible()).toBe(true)
    // The edit is undone from its history, and the other tab follows again.
    await mine.getByRole('button', { name: '修改记录' }).first().click()
    await page.getByRole('button', { name: '撤销', exact: true }).click()
    await values.getByText('8.4%').waitFor(T)
    await other.close()

    // Backup, then undo the import.
    await page.goto(`${inject('baseUrl')}#/data`)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载备份' }).click(),
    ])
    const backup = readFileSync((await download.path()) as string)
    expect(download.suggestedFilename()).toMatch(/^工作报告仪表盘-备份-\d{4}-\d{2}-\d{2}\.json$/)
    expect(JSON.parse(backup.toString('utf8'))).toMatchObject({
      format: 'work-report-dashboard/user-data',
      version: 1,
    })
    await page.goto(`${inject('baseUrl')}#/monitor`)
    const before = await boardText(page)
    await page.goto(`${inject('baseUrl')}#/data`)
    const imported = page.getByRole('row').filter({ hasText: CSV_NAME })
    await imported.getByRole('button', { name: '撤销' }).click()
    await imported.getByText('已撤销').waitFor(T)
    await page.goto(`${inject('baseUrl')}#/monitor`)
    await page.getByRole('heading', { name: '还没有2023年的统计数据' }).waitFor(T)
    expect(errors).toEqual([])

    // A fresh profile: restore the backup and find the same screen.
    const fresh = await open(browser, '/data')
    const restore = fresh.page.getByRole('region', { name: '备份与恢复' })
    await restore
      .locator('input[type=file]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup })
    await restore.getByRole('button', { name: '恢复', exact: true }).click()
    await restore.getByText(/已恢复/).waitFor(T)
    await fresh.page.goto(`${inject('baseUrl')}#/monitor`)
    expect(await boardText(fresh.page)).toEqual(before)
    expect(fresh.errors).toEqual([])
    await fresh.context.close()
    await context.close()
  })
})

describe('monitoring journeys (XLSX)', () => {
  it('imports the statistics bureau’s wide XLSX, names the row not taken, and gives the same screen as the CSV', async () => {
    const csv = await open(browser, '/monitor')
    await importFile(csv.page, CSV_NAME, csvBytes(), 'text/csv')
    await expectBoard(csv.page)
    const fromCsv = (await boardText(csv.page)).map((t) => t.replace(/⇪/g, ''))
    await csv.context.close()

    const { page, context, errors } = await open(browser, '/monitor')
    const { summary, rejected } = await importFile(
      page,
      XLSX_NAME,
      xlsxBytes(),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(summary).toContain('可导入 7 行')
    expect(rejected.join('\n')).toMatch(/第 9 行[\s\S]*税收收入/)
    await expectBoard(page)
    expect((await boardText(page)).map((t) => t.replace(/⇪/g, ''))).toEqual(fromCsv)

    // Undo from the notice, then redo: the figures come and go as a whole.
    await page.getByRole('button', { name: '撤销这次导入' }).click()
    await page.getByRole('heading', { name: '还没有2023年的统计数据' }).waitFor(T)
    await page.getByRole('button', { name: '恢复这次导入' }).click()
    await expectBoard(page)

    // The detail page's chart exports with the figures in it.
    await row(page, '地区生产总值').getByRole('link', { name: '地区生产总值', exact: true }).click()
    const figure = page.getByRole('figure', { name: /地区生产总值：2023年累计增速/ })
    await figure.locator('[data-chart] svg [data-point]').first().waitFor(T)
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: /^SVG/ }).click(),
    ])
    const svgText = readFileSync((await svg.path()) as string, 'utf8')
    expect(svgText).toContain('地区生产总值：2023年累计增速')
    const [csvOut] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: /^CSV/ }).click(),
    ])
    expect(readFileSync((await csvOut.path()) as string, 'utf8')).toContain('8.4%')
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: /^PNG/ }).click(),
    ])
    expect(
      readFileSync((await png.path()) as string)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG')
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('example data', () => {
  it('is labelled on the screen, the Overview, the slide and the export, and removed in one action', async () => {
    const { page, context, errors } = await open(browser, '/monitor')
    await page.getByRole('button', { name: '试用示例数据' }).click()
    await page.locator('[data-board]').waitFor(T)
    expect(await page.getByRole('note').textContent()).toContain('示例数据 · 非统计数据')
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV · 导出全部数据' }).click(),
    ])
    expect(exported.suggestedFilename()).toContain('示例数据')
    expect(readFileSync((await exported.path()) as string, 'utf8')).toMatch(/^\uFEFF示例数据 · 非统计数据/)
    await page.getByRole('link', { name: '总览' }).click()
    await expect.poll(() => page.locator('[data-kpi-status="gdp"]').textContent(), T).toContain('示例')
    await page.getByText('示例数据 · 非统计数据').first().waitFor(T)
    await page.goto(`${inject('baseUrl')}#/present?slides=monitor`)
    await page.locator('[data-slide="monitor"]').waitFor(T)
    expect(await page.locator('.deck').textContent()).toContain('示例数据 · 非统计数据')
    await page.goto(`${inject('baseUrl')}#/monitor`)
    await page.getByRole('button', { name: '移除示例数据' }).click()
    await page.getByRole('heading', { name: '还没有2023年的统计数据' }).waitFor(T)
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('the Overview with figures', () => {
  const sizes = [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]
  for (const viewport of sizes)
    for (const lang of ['zh', 'en'] as const)
      for (const theme of ['light', 'projector'] as const)
        it(`still fits without scrolling at ${viewport.width}×${viewport.height} (${lang}, ${theme})`, async () => {
          const { page, context, errors } = await open(browser, '/monitor', { viewport, lang, theme })
          await page.locator('[data-try-example]').click()
          await page.locator('[data-board]').waitFor(T)
          await page.waitForFunction(() =>
            /"examples":\["/.test(localStorage.getItem('work-report-dashboard:user-data') ?? ''),
          )
          await page.goto('about:blank')
          await page.goto(`${inject('baseUrl')}#/`)
          await expect.poll(() => page.locator('[data-kpi-status="gdp"]').textContent(), T).toMatch(/8\.6%/)
          const fit = await page.evaluate(() => ({
            scroll: document.documentElement.scrollHeight,
            inner: innerHeight,
            bottom: Math.ceil(
              (document.getElementById('main')?.lastElementChild?.getBoundingClientRect().bottom ?? 0) +
                scrollY,
            ),
          }))
          expect(fit.scroll).toBeLessThanOrEqual(fit.inner)
          expect(fit.bottom).toBeLessThanOrEqual(fit.inner)
          // The legend card holds the stretch sentence, the real-rate note and the status note: all of it
          // inside its padding (nothing clipped or spilling), the status note on its one reserved line.
          await page.locator('[data-status-note]').waitFor(T)
          const legend = await page.locator('aside[aria-label]').evaluate((card) => {
            const box = card.getBoundingClientRect()
            const style = getComputedStyle(card)
            const inner = box.bottom - Number.parseFloat(style.paddingBottom) + 0.5
            const note = card.querySelector('[data-status-note]') as HTMLElement
            return {
              spilled: [...card.querySelectorAll('h3, li, p, a')]
                .filter((e) => e.getBoundingClientRect().bottom > inner)
                .map((e) => e.textContent),
              overflow: card.scrollHeight - card.clientHeight,
              note: {
                text: note.textContent,
                wide: note.scrollWidth - note.clientWidth,
                h: note.offsetHeight,
              },
              slot: (note.parentElement as HTMLElement).clientHeight,
            }
          })
          expect(legend.spilled).toEqual([])
          expect(legend.overflow).toBeLessThanOrEqual(0)
          expect(legend.note.text).toContain(lang === 'zh' ? '示例数据 · 非统计数据' : 'Example data')
          expect(legend.note.wide).toBeLessThanOrEqual(0)
          expect(legend.note.h).toBeLessThanOrEqual(legend.slot)
          expect(errors).toEqual([])
          await context.close()
        })

  it('does not shift when the figures load (CLS ≤ 0.02), with and without figures', async () => {
    const cases = [
      { withFigures: false },
      { withFigures: true },
      // The tightest screen: English on the projector at 1920×1080 (the legend card sets its row's height).
      { withFigures: true, viewport: { width: 1920, height: 1080 }, lang: 'en', theme: 'projector' },
    ] as const
    for (const { withFigures, ...look } of cases) {
      const { page, context } = await open(browser, '/monitor', look)
      if (withFigures) {
        await page.locator('[data-try-example]').click()
        await page.locator('[data-board]').waitFor(T)
        await page.waitForFunction(() =>
          /"examples":\["/.test(localStorage.getItem('work-report-dashboard:user-data') ?? ''),
        )
      }
      await page.goto('about:blank')
      await context.addInitScript(() => {
        const w = window as unknown as { cls: number }
        w.cls = 0
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number
            hadRecentInput: boolean
          })[])
            if (!e.hadRecentInput) w.cls += e.value
        }).observe({ type: 'layout-shift', buffered: true })
      })
      await page.goto(`${inject('baseUrl')}#/`)
      if (withFigures)
        await expect.poll(() => page.locator('[data-kpi-status="gdp"]').textContent(), T).toMatch(/8\.6%/)
      else await page.locator('article').first().waitFor(T)
      await page.waitForTimeout(1500)
      const shift = await page.evaluate(() => (window as unknown as { cls: number }).cls)
      expect(
        shift,
        `CLS ${withFigures ? 'with' : 'without'} figures ${JSON.stringify(look)}`,
      ).toBeLessThanOrEqual(0.02)
      await context.close()
    }
  })
})

describe('the single-file build from file://', () => {
  it('imports a CSV on the page, keeps it in the browser store across a reload, and shows the slide', async () => {
    const url = pathToFileURL(inject('singleFile')).href
    const { page, context, errors, foreign } = await open(browser, '/monitor', { url })
    await importFile(page, CSV_NAME, csvBytes(), 'text/csv')
    await expectBoard(page)
    await page.reload()
    await expectBoard(page)
    await page.evaluate(() => {
      location.hash = '/present?slides=monitor'
    })
    await page.locator('[data-slide="monitor"]').waitFor(T)
    expect(await page.locator('.deck').textContent()).toContain('滞后与预警')
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await context.close()
  })
})
