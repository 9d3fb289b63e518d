import type { Browser, BrowserContext, Page } from 'playwright-core'
import { open } from './app'
import { julyGbkCsv } from './ledger-files'
import { CSV_NAME, chooseFile, csvBytes } from './monitor'

// A profile that holds what a county's staff bring (the year's figures and a project ledger), so the
// parts that load only then (the Overview's status rows, the joined list, the ledger's project pages,
// the ledger slide) can be made to fail or be opened offline. Saved once with the browser's
// IndexedDB and localStorage and given to later contexts on the same origin.

const T = { timeout: 30_000 }

export type Seeded = {
  state: Awaited<ReturnType<BrowserContext['storageState']>>
  /** A project only the ledger has (its page is the ledger's own code). */
  ledgerProject: string
  /** The ledger's name of a project the report names too (its page gains the ledger's section). */
  matchedReportProject: string
}

/** Imports the year's figures (#/monitor) and a ledger (#/projects) into `page`'s profile. */
export async function bringUserData(page: Page) {
  const base = page.url().split('#')[0]
  await page.goto(`${base}#/monitor`)
  await page.getByRole('heading', { name: '2023年目标监测' }).waitFor(T)
  await chooseFile(page, CSV_NAME, csvBytes())
  const preview = page.getByRole('region', { name: /^导入预览/ })
  await preview.getByRole('button', { name: /确认导入/ }).click(T)
  await page.getByText(/已导入 \d+ 个数字/).waitFor(T)

  await page.goto(`${base}#/projects`)
  await page.getByRole('heading', { name: '本县重点项目台账' }).waitFor(T)
  await page.locator('input[type=file]').setInputFiles({
    name: '重点项目台账-7月（示例）.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(julyGbkCsv()),
  })
  await page.getByRole('button', { name: '预览导入' }).click(T)
  await page.getByRole('button', { name: /确认导入 \d+ 行/ }).click(T)
  await page.getByText('已保存在本机').waitFor(T)
  await page.getByTestId('joined-table').waitFor(T)
}

/** A profile with figures and a ledger on `base`'s origin. */
export async function seedUserData(browser: Browser, base?: string): Promise<Seeded> {
  const { page, context } = await open(browser, '/', base ? { base } : {})
  await bringUserData(page)
  const href = (name: string) =>
    page.getByTestId('joined-table').getByRole('link', { name, exact: true }).getAttribute('href')
  // The routes as the app links them (encoded, without ?report=), for open().
  const route = async (name: string) => ((await href(name)) ?? '∅').replace(/^.*#/, '').replace(/\?.*$/, '')
  const ledgerProject = await route('示例番茄加工厂（虚构）')
  const matchedReportProject = await route('晶澳300MW光伏项目')
  const state = await context.storageState({ indexedDB: true })
  await context.close()
  return { state, ledgerProject, matchedReportProject }
}
