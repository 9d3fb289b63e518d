import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DB_NAME, openStore } from '@/lib/store'
import { readAuthor } from '@/lib/user-data/author'
import { resetUserStoreForTests, userStore } from '@/lib/user-data/open'
import { renderRoute } from '@/testing/render'

afterEach(async () => {
  resetUserStoreForTests()
  for (const name of [DB_NAME, 'other-browser'])
    await new Promise<void>((resolve) => {
      const req = indexedDB.deleteDatabase(name)
      req.onsuccess = req.onerror = req.onblocked = () => resolve()
    })
})

const figure = (growth: number) => ({
  reportId: 'chaoyang-2023',
  indicatorId: 'gdp',
  period: { year: 2023, month: 6 },
  growth,
})

describe('the data page', () => {
  it('lists every import and undoes and redoes one', async () => {
    const store = await userStore()
    await store.actuals.importRows({ reportId: 'chaoyang-2023', file: '1-6月.xlsx', by: '统计局 王' }, [
      figure(6),
    ])
    const { user } = renderRoute('/data')
    const table = await screen.findByRole('table', { name: '导入记录' })
    const row = (await within(table).findByRole('rowheader', { name: '1-6月.xlsx' })).closest(
      'tr',
    ) as HTMLElement
    expect(row).toHaveTextContent('统计局 王')
    expect(row).toHaveTextContent('有效')
    await user.click(within(row).getByRole('button', { name: '撤销' }))
    expect(await within(row).findByText('已撤销')).toBeInTheDocument()
    expect(await store.actuals.current('chaoyang-2023')).toEqual([])
    await user.click(within(row).getByRole('button', { name: '恢复' }))
    await waitFor(async () => expect(await store.actuals.current('chaoyang-2023')).toHaveLength(1))
  })

  it('keeps the name written on changes', async () => {
    const { user } = renderRoute('/data')
    const name = await screen.findByRole('textbox', { name: /您的姓名/ })
    await user.type(name, '发改局 李')
    await user.click(screen.getByRole('button', { name: '保存' }))
    expect(readAuthor()).toBe('发改局 李')
  })

  it('restores a backup only after the user chooses merge or replace, and refuses a broken file', async () => {
    // A backup made in another browser.
    const other = await openStore({ name: 'other-browser' })
    await other.actuals.importRows({ reportId: 'chaoyang-2023', file: '备份里的.csv' }, [figure(7.1)])
    const json = await other.backup.exportJson()
    other.close()
    const store = await userStore()
    await store.actuals.importRows({ reportId: 'chaoyang-2023', file: '本机的.csv' }, [
      { ...figure(5), indicatorId: 'retail-sales' },
    ])

    const { user } = renderRoute('/data')
    const backup = await screen.findByRole('region', { name: '备份与恢复' })
    const input = backup.querySelector('input[type=file]') as HTMLInputElement
    await user.upload(input, new File(['{"format":"nope"}'], 'broken.json', { type: 'application/json' }))
    expect(await within(backup).findByText(/“broken.json”不是可用的备份文件/)).toBeInTheDocument()

    await user.upload(input, new File([json], 'backup.json', { type: 'application/json' }))
    await user.click(await within(backup).findByRole('button', { name: '恢复' }))
    expect(await within(backup).findByText(/本浏览器已有 \d+ 条记录/)).toBeInTheDocument()
    expect(await store.actuals.current('chaoyang-2023')).toHaveLength(1) // nothing written yet
    await user.click(within(backup).getByRole('button', { name: /合并/ }))
    expect(await within(backup).findByText(/已恢复（合并）/)).toBeInTheDocument()
    const ids = (await store.actuals.current('chaoyang-2023')).map((v) => v.indicatorId).sort()
    expect(ids).toEqual(['gdp', 'retail-sales'])
  })
})
