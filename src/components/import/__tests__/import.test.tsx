import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { openImportFile } from '@/lib/imports/client'
import { ISSUE_CODES, type RowIssue } from '@/lib/imports/types'
import { usePrefs } from '@/lib/prefs/store'
import { renderWithProviders } from '@/testing/render'
import { FileDrop } from '../file-drop'
import { ImportPreview } from '../import-preview'
import zh from '../locales/zh.json'

describe('import pieces', () => {
  it('words every reason a reader can give', () => {
    expect(
      Object.keys(zh.issue)
        .filter((k) => k !== 'where' && k !== 'severity')
        .sort(),
    ).toEqual([...ISSUE_CODES].sort())
  })

  it('hands over a chosen file', async () => {
    const onFile = vi.fn()
    const { user, container } = renderWithProviders(<FileDrop accept=".csv" types="CSV" onFile={onFile} />)
    const file = new File(['a,b\n1,2'], '实际值.csv', { type: 'text/csv' })
    await user.upload(container.querySelector('input[type=file]') as HTMLInputElement, file)
    expect(onFile).toHaveBeenCalledWith(file)
    expect(screen.getByRole('button', { name: '选择文件' })).toBeInTheDocument()
  })

  it('names every row not imported with its place and reason, and imports only on confirm', async () => {
    const issues: RowIssue[] = [
      {
        sheet: '1-3月',
        row: 5,
        column: 'C',
        header: '累计增速',
        severity: 'error',
        code: 'implausible-growth',
        params: { value: 250, limit: 100 },
      },
      { sheet: '1-3月', row: 9, severity: 'skipped', code: 'total-row', params: { word: '合计' } },
      {
        sheet: '1-3月',
        row: 7,
        column: 'A',
        header: '指标',
        severity: 'error',
        code: 'unknown-indicator',
        params: { text: '工业用电量' },
      },
    ]
    const onConfirm = vi.fn()
    const { user } = renderWithProviders(
      <ImportPreview
        file="统计月报.xlsx"
        accepted={12}
        issues={issues}
        sheets={1}
        onConfirm={onConfirm}
        onCancel={() => {}}
      />,
    )
    const list = screen.getByRole('list')
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(items).toEqual([
      '未导入第 5 行 · C 列(累计增速)增速 250% 超过 ±100%，可能是录入错误',
      '未导入第 7 行 · A 列(指标)指标“工业用电量”不在报告的指标中',
    ])
    await user.click(screen.getByRole('button', { name: '显示略过的行(1)' }))
    expect(within(list).getAllByRole('listitem')).toHaveLength(3)
    expect(screen.getByRole('status')).toHaveTextContent('可导入 12 行未导入 2 行略过 1 行')
    expect(onConfirm).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: '确认导入 12 行' }))
    expect(onConfirm).toHaveBeenCalledOnce()
  })

  it('speaks English too', () => {
    usePrefs.setState({ lang: 'en' })
    renderWithProviders(
      <ImportPreview
        file="a.csv"
        accepted={1}
        issues={[{ sheet: 'a', row: 3, severity: 'error', code: 'not-a-number', params: { text: '约5' } }]}
        sheets={1}
        onConfirm={() => {}}
        onCancel={() => {}}
      />,
    )
    expect(screen.getByRole('listitem')).toHaveTextContent('Not importedrow 3“约5” is not a number')
    expect(screen.getByRole('button', { name: 'Import 1 row' })).toBeInTheDocument()
  })

  it('reads a CSV file for import on the page where there is no worker', async () => {
    const bytes = new TextEncoder().encode('指标,期间,累计增速\n地区生产总值,2023年1-3月,5.2\n')
    const file = await openImportFile(bytes, '月报.csv')
    expect(file.opened.sheets).toEqual([{ name: '月报', rows: 2, hidden: false }])
    const result = await file.actuals({ candidates: [{ id: 'gdp', names: ['地区生产总值'] }], year: 2023 })
    expect(result.rows.map((r) => [r.indicatorId, r.period.key, r.growth])).toEqual([['gdp', '2023-03', 5.2]])
  })
})
