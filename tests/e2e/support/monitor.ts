import * as XLSX from '@e965/xlsx'
import type { Page } from 'playwright-core'

// Files as staff have them, made in the test: a CSV with Chinese headers and every way of writing a
// period, one row the report does not track; the same figures as an XLSX workbook of the statistics
// bureau's wide shape (periods as column groups under a title).

export const CSV_NAME = '2023年1-6月主要指标.csv'
export const CSV_TEXT = [
  '朝阳县2023年主要经济指标完成情况',
  '指标,期间,累计值(亿元),累计增速(%)',
  '地区生产总值,2023年一季度,28.5,5.2',
  'GDP,上半年,60.1,8.4',
  '社零,2023年1—3月,8.2,9.1',
  '社会消费品零售总额,2023-06,16.9,9.6',
  '固投,1-6月,30.1,3.5',
  '规模以上工业增加值,2023Q1,,7.9',
  '房地产开发投资,1-6月,5.0,1.2',
  '一般公共预算收入,上半年,"4.1",10.5',
].join('\r\n')

export function csvBytes(): Buffer {
  return Buffer.from(`\uFEFF${CSV_TEXT}`, 'utf8')
}

export const XLSX_NAME = '统计局月报2023.xlsx'
export function xlsxBytes(): Buffer {
  const ws = XLSX.utils.aoa_to_sheet([
    ['朝阳县主要经济指标（2023年）'],
    ['指标', '1-3月', null, '1-6月', null],
    [null, '累计值', '增速', '累计值', '增速'],
    ['地区生产总值（亿元）', 28.5, 5.2, 60.1, 8.4],
    ['社会消费品零售总额（亿元）', 8.2, 9.1, 16.9, 9.6],
    ['固定资产投资（亿元）', null, null, 30.1, 3.5],
    ['规上工业增加值', null, 7.9, null, null],
    ['一般公共预算收入（亿元）', null, null, 4.1, 10.5],
    ['其中：税收收入', 1, 1, 2, 2],
  ])
  ws['!merges'] = ['A1:E1', 'A2:A3', 'B2:C2', 'D2:E2'].map((r) => XLSX.utils.decode_range(r))
  const wb = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(wb, ws, '2023年')
  return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as ArrayBuffer)
}

/** The board's rows as text, one line per target (for comparing two screens). */
export async function boardText(page: Page): Promise<string[]> {
  const rows = page.locator('[data-board] tbody tr')
  await rows.first().waitFor()
  return (await rows.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())
}

/** Chooses a file in the Monitoring screen's file picker. */
export async function chooseFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv') {
  await page.locator('[data-monitor-toolbar] input[type=file]').setInputFiles({ name, mimeType, buffer })
}
