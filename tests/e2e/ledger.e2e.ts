import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appOwns, launch, open } from './support/app'
import { JUNE, julyGbkCsv, juneXlsx } from './support/ledger-files'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

// The prerendered Projects screen paints before the app: a file is chosen once the app owns the input.
const upload = async (page: Page, name: string, mimeType: string, buffer: Uint8Array) => {
  await appOwns(page, 'input[type=file]')
  await page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer: Buffer.from(buffer) })
}
const count = (page: Page) => page.getByTestId('joined-count').textContent()
const filters = (page: Page) => page.getByRole('form', { name: '筛选' })
// The report's named projects, less the one the ledger has (晶澳300兆瓦光伏); read from the data so a
// corrected dataset does not break the journey.
const REPORT_ONLY =
  (
    JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../public/data/chaoyang-2023/report.json'), 'utf8'),
    ) as { projects: unknown[] }
  ).projects.length - 1

describe('the county’s project ledger in Chromium', () => {
  it('imports, maps, previews, filters, opens a project, survives a reload, and follows next month', async () => {
    const { page, errors, foreign } = await open(browser, '/projects')
    await page.getByRole('heading', { name: '本县重点项目台账' }).waitFor()

    // June: an XLSX with a title, a two-row merged header, 万元, a 合计 row and an unreadable amount.
    await upload(
      page,
      '重点项目台账-6月（示例）.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      juneXlsx(),
    )
    await page.getByRole('heading', { name: /列的对应关系/ }).waitFor()
    // The guess: the date and unit from the title rows; 责任单位 is under an unusual heading, so map it.
    expect(await page.getByLabel('数据截止日期').inputValue()).toBe('2023-06-30')
    expect(await page.getByLabel('金额单位').inputValue()).toBe('万元')
    const unit = page.getByLabel('“责任单位”所在的列')
    expect(await unit.inputValue()).toBe('')
    await unit.selectOption({ label: 'I · 主管科室' })
    const completed = page.getByLabel('“完成投资”所在的列')
    expect(await completed.locator('option:checked').textContent()).toBe('H · 2023年投资 / 1-6月完成')
    await page.getByRole('button', { name: '预览导入' }).click()

    // Preview: what goes in, and every row that does not, with its row and reason.
    await page.getByText('可导入 5 行').waitFor()
    const issues = page.locator('[data-import-issues]')
    await expect.poll(() => issues.textContent()).toContain('第 12 行')
    expect(await issues.textContent()).toContain('“约500”是约数')
    await page.getByRole('button', { name: /显示略过的行/ }).click()
    expect(await issues.textContent()).toContain('“合计”行，不是项目')
    await page.getByText('其中 1 个是报告点名的项目').waitFor()
    await page.getByRole('button', { name: '确认导入 5 行' }).click()

    // One list: five ledger projects and the report's other named projects; saved in the background.
    await expect.poll(() => count(page)).toBe(`显示 ${5 + REPORT_ONLY} / ${5 + REPORT_ONLY} 个项目`)
    await page.getByText('已保存在本机').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('ledger-source').textContent()).toBe(
      '重点项目台账-6月（示例）.xlsx，截至 2023-06-30，共 5 个项目',
    )

    // A project with no plan figure has no light, and says why: a short word, the full reason on hover.
    const noPlan = page
      .locator('[data-testid=joined-table] tbody tr', { hasText: '示例职教中心（虚构）' })
      .locator('td')
      .last()
    expect(await noPlan.textContent()).toBe('○无年度计划')
    expect(await noPlan.getAttribute('title')).toBe('无年度计划投资，不判断')

    // Filter by township, then by status: the chips carry counts; the URL carries the view.
    await filters(page).getByText('大平房镇').click()
    await expect.poll(() => page.url()).toContain(`town=${encodeURIComponent('大平房镇')}`)
    await expect.poll(() => count(page)).toBe(`显示 2 / ${5 + REPORT_ONLY} 个项目`)
    await filters(page).getByRole('checkbox', { name: /滞后/ }).click()
    await expect.poll(() => page.url()).toContain('light=red')
    await expect.poll(() => count(page)).toBe(`显示 1 / ${5 + REPORT_ONLY} 个项目`)
    const names = await page.locator('[data-testid=joined-table] tbody th[scope=row] a').allTextContents()
    expect(names).toEqual(['示例番茄加工厂（虚构）'])
    // A status that would show nothing here is off (announced as unavailable), never hidden.
    expect(await filters(page).getByRole('checkbox', { name: /正常/ }).getAttribute('aria-disabled')).toBe(
      'true',
    )

    // Open the project: its figures say where they come from; its status says why.
    await page.getByTestId('joined-table').getByRole('link', { name: '示例番茄加工厂（虚构）' }).click()
    await page.getByRole('heading', { level: 1, name: '示例番茄加工厂（虚构）' }).waitFor()
    expect(await page.getByTestId('project-status').textContent()).toContain('滞后')
    await page.getByText('完成率 15.0%，时序进度 50.0%').waitFor()
    await page.getByRole('button', { name: '年度计划投资的出处' }).click()
    await page.getByText(/重点项目台账-6月（示例）\.xlsx · 6月 · 第 8 行 · 2023年投资 \/ 计划投资/).waitFor()

    // Reload: everything is still there (IndexedDB), the page and the list's filters in the URL.
    await page.reload()
    await page.getByRole('heading', { level: 1, name: '示例番茄加工厂（虚构）' }).waitFor()
    await page.getByRole('link', { name: /返回项目列表/ }).click()
    await expect.poll(() => count(page)).toBe(`显示 1 / ${5 + REPORT_ONLY} 个项目`)

    // July, as a GBK CSV: a new snapshot; the project's page shows both months.
    await page.getByRole('button', { name: '导入新一期台账' }).click()
    await upload(page, '重点项目台账-7月（示例）.csv', 'text/csv', julyGbkCsv())
    await page.getByRole('heading', { name: /列的对应关系/ }).waitFor()
    expect(await page.getByLabel('数据截止日期').inputValue()).toBe('2023-07-31')
    await page.getByRole('button', { name: '预览导入' }).click()
    await page.getByRole('button', { name: '确认导入 5 行' }).click()
    await page.getByText('已保存在本机').waitFor({ timeout: 30_000 })
    await expect.poll(() => page.getByTestId('ledger-source').textContent()).toContain('截至 2023-07-31')
    // 晶澳 is on track in 柳城街道: not in the filtered list until the filters are cleared.
    await filters(page).getByRole('button', { name: '清除全部筛选' }).click()
    await expect.poll(() => count(page)).toBe(`显示 ${5 + REPORT_ONLY} / ${5 + REPORT_ONLY} 个项目`)
    await page.getByTestId('joined-table').getByRole('link', { name: '晶澳300MW光伏项目' }).click()
    await page.getByRole('heading', { level: 1, name: '晶澳300兆瓦光伏' }).waitFor()
    const history = page.getByTestId('history-table')
    await expect.poll(() => history.locator('tbody tr').count()).toBe(2)
    const text = await history.textContent()
    expect(text).toContain('2023-06-30')
    expect(text).toContain('2023-07-31')
    expect(text).toContain('21,500万元')
    expect(text).toContain('3,500万元') // added since June

    // Undo July's import: the list is June's again, and July's row leaves the history.
    await page.getByRole('link', { name: /返回项目列表/ }).click()
    await page.getByRole('button', { name: '导入记录' }).click()
    await page
      .getByRole('list', { name: '台账导入记录' })
      .getByRole('button', { name: '撤销这次导入' })
      .first()
      .click()
    await expect.poll(() => page.getByTestId('ledger-source').textContent()).toContain('截至 2023-06-30')
    await page.getByRole('button', { name: '恢复这次导入' }).waitFor()
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    expect(JUNE).toHaveLength(5)
  })

  it('starts the spreadsheet reader when the user reaches for a file, not on every visit to Projects', async () => {
    // page.workers() lists every worker the page has, started before this test looked or after.
    for (const reach of ['pointer', 'keyboard'] as const) {
      const { page, context, errors } = await open(browser, '/projects')
      await appOwns(page, 'input[type=file]')
      // The screen has loaded what it loads (its parts, the import offer's code): no reader among them.
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(500)
      expect(page.workers(), reach).toHaveLength(0)
      // Pointing at the drop zone, or tabbing to its button, is the sign a file is coming: the reader
      // starts then, once.
      const choose = page.getByRole('button', { name: '选择文件' })
      if (reach === 'pointer') await page.locator('[data-file-drop]').hover()
      else await choose.focus()
      await expect.poll(() => page.workers().length, { message: reach }).toBe(1)
      await (reach === 'pointer' ? choose.focus() : page.locator('[data-file-drop]').hover())
      await page.waitForTimeout(300)
      expect(page.workers(), reach).toHaveLength(1)
      expect(errors).toEqual([])
      await context.close()
    }
  })

  it('shows the joined list as the report’s: count beside the filters, table above the fold, no sideways scroll', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { page, context } = await open(browser, '/projects', { lang })
      await upload(
        page,
        '重点项目台账-6月（示例）.xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        juneXlsx(),
      )
      await page.getByRole('button', { name: /^(预览导入|Preview the import)$/ }).click()
      await page.getByRole('button', { name: /^(确认导入 5 行|Import 5 rows)$/ }).click()
      await page.locator('[data-testid=joined-table] tbody tr[data-index]').first().waitFor()
      for (const viewport of [
        { width: 1366, height: 768 },
        { width: 1920, height: 1080 },
      ]) {
        await page.setViewportSize(viewport)
        await page.evaluate(() => window.scrollTo(0, 0))
        const at = async (sel: string) => (await page.locator(sel).first().boundingBox())?.y ?? 1e9
        const where = `${lang} ${viewport.width}`
        // The count sits at the top of the filters, beside the table, not below the charts.
        const count = await page.getByTestId('joined-count').boundingBox()
        const table = await page.getByTestId('joined-table').boundingBox()
        expect(count?.y ?? 1e9, where).toBeLessThan(viewport.height / 2)
        expect(count && table && count.x < table.x, where).toBe(true)
        expect(await at('[data-testid=joined-table] tbody tr[data-index]'), where).toBeLessThan(
          viewport.height * 0.6,
        )
        // The charts (and the lights' legend) follow the table.
        expect(await at('[data-testid=joined-table]'), where).toBeLessThan(await at('figure'))
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        expect(width, where).toBeLessThanOrEqual(viewport.width)
      }
      await context.close()
    }
  })

  it('keeps a long ledger light: only the rows in view are in the page, and scrolling reaches the last', async () => {
    const { page, errors, context } = await open(browser, '/projects')
    await page.getByRole('heading', { name: '本县重点项目台账' }).waitFor()
    // The report's own 48 projects: a plain table, every row in the page.
    expect(await page.locator('[data-facet-list]').getAttribute('data-virtual')).toBe('false')
    // An invented ledger of 400 projects (示例数据), as a UTF-8 CSV with the month in its title: half
    // in one township, half in another.
    const N = 400
    const lines = [
      '示例县2023年重点项目台账（截至6月底）（示例数据）,,,,,,,',
      '项目名称,行业,建设地点,建设性质,总投资(万元),年度计划投资(万元),1-6月完成投资(万元),责任单位',
    ]
    for (let i = 1; i <= N; i++)
      lines.push(
        `示例项目${String(i).padStart(3, '0')}（虚构）,新材料,${i % 2 ? '柳城街道' : '大平房镇'},新开工,${1000 + i},500,200,县工信局`,
      )
    await upload(page, '长台账（示例）.csv', 'text/csv', new TextEncoder().encode(lines.join('\r\n')))
    await page.getByRole('button', { name: '预览导入' }).click()
    await page.getByRole('button', { name: `确认导入 ${N} 行` }).click()
    const total = N + REPORT_ONLY + 1 // the report's projects: this ledger names none of them
    await expect.poll(() => count(page)).toBe(`显示 ${total} / ${total} 个项目`)
    const table = page.getByTestId('joined-table')
    const box = page.locator('[data-virtual]').filter({ has: table })
    expect(await box.getAttribute('data-virtual')).toBe('true')
    expect(await table.getAttribute('aria-rowcount')).toBe(String(total + 1))
    const rows = table.locator('tbody tr[data-index]')
    await rows.first().waitFor()
    expect(await rows.count()).toBeLessThan(80) // the rows in view and a few either side
    // Scrolled to its end, the list shows its last row (its index says where it is in the whole list).
    await box.evaluate((el) => el.scrollTo(0, el.scrollHeight))
    await expect.poll(() => rows.last().getAttribute('aria-rowindex')).toBe(String(total + 1))
    expect(await rows.last().isVisible()).toBe(true)
    expect(await rows.count()).toBeLessThan(80)
    // One township: 200 rows, a plain table. Scrolled down it, then the filter cleared: the list goes
    // virtual again where the reader is, not back at its top.
    await page.evaluate(() => {
      location.hash = `#/projects?town=${encodeURIComponent('大平房镇')}`
    })
    await expect.poll(() => box.getAttribute('data-virtual')).toBe('false')
    await expect.poll(() => rows.count()).toBe(N / 2)
    await box.evaluate((el) => el.scrollTo(0, 3000))
    const at = await box.evaluate((el) => el.scrollTop)
    expect(at).toBeGreaterThan(2000)
    await page.evaluate(() => {
      location.hash = '#/projects'
    })
    await expect.poll(() => box.getAttribute('data-virtual')).toBe('true')
    await page.waitForTimeout(300)
    expect(await box.evaluate((el) => el.scrollTop)).toBe(at)
    expect(errors).toEqual([])
    await context.close()
  })
})
