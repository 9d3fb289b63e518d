import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DB_NAME } from '@/lib/store'
import { USER_DATA_HINT_KEY } from '@/lib/user-data/hint'
import { openedStore, resetUserStoreForTests, userStore } from '@/lib/user-data/open'
import { renderRoute } from '@/testing/render'

afterEach(async () => {
  resetUserStoreForTests()
  document.documentElement.removeAttribute('data-actuals')
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME)
    req.onsuccess = req.onerror = req.onblocked = () => resolve()
  })
})

const card = async (name: string) => within(await screen.findByRole('article', { name }))

describe('the Overview’s status rows', () => {
  it('with no figures: the cards stay as they are and nothing of the store loads', async () => {
    renderRoute('/')
    const gdp = await card('地区生产总值')
    expect(gdp.getByText('113.6亿元')).toBeInTheDocument()
    const slot = document.querySelector('[data-kpi-status="gdp"]')
    expect(slot).toBeEmptyDOMElement()
    expect(document.documentElement.hasAttribute('data-actuals')).toBe(false)
    expect(openedStore()).toBeNull()
  })

  it('with figures: each card shows the latest cumulative growth and its light, in the reserved row', async () => {
    const store = await userStore()
    await store.actuals.importRows({ reportId: 'chaoyang-2023', file: '月报.csv' }, [
      { reportId: 'chaoyang-2023', indicatorId: 'gdp', period: { year: 2023, month: 3 }, growth: 5.1 },
      { reportId: 'chaoyang-2023', indicatorId: 'gdp', period: { year: 2023, month: 6 }, growth: 8.4 },
      {
        reportId: 'chaoyang-2023',
        indicatorId: 'retail-sales',
        period: { year: 2023, month: 6 },
        growth: 7.2,
      },
    ])
    localStorage.setItem(
      USER_DATA_HINT_KEY,
      JSON.stringify({ actuals: ['chaoyang-2023'], examples: [], ledger: [] }),
    )
    renderRoute('/')
    const gdp = await card('地区生产总值')
    await waitFor(() => expect(document.documentElement.hasAttribute('data-actuals')).toBe(true))
    const row = within(document.querySelector('[data-kpi-status="gdp"]') as HTMLElement)
    expect(await row.findByText('正常')).toBeInTheDocument()
    expect(row.getByText('8.4%')).toBeInTheDocument()
    expect(row.getByText('1–6月累计')).toBeInTheDocument()
    expect(gdp.getByText('8.0%')).toBeInTheDocument() // the target is still there
    const retail = within(document.querySelector('[data-kpi-status="retail-sales"]') as HTMLElement)
    expect(await retail.findByText('滞后')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '三色规则 →' })).toBeInTheDocument()
    expect(screen.queryByText('示例')).toBeNull()
  })

  it('follows figures that arrive in this tab after it opened (no reload, no other tab)', async () => {
    renderRoute('/')
    await card('地区生产总值')
    expect(document.documentElement.hasAttribute('data-actuals')).toBe(false)
    const store = await userStore()
    await store.actuals.importRows({ reportId: 'chaoyang-2023', file: '月报.csv' }, [
      { reportId: 'chaoyang-2023', indicatorId: 'gdp', period: { year: 2023, month: 6 }, growth: 8.4 },
    ])
    // The app's sync rewrites the hint after the change; the Overview hears it in the same tab.
    const row = within(document.querySelector('[data-kpi-status="gdp"]') as HTMLElement)
    expect(await row.findByText('正常', {}, { timeout: 3000 })).toBeInTheDocument()
    expect(row.getByText('8.4%')).toBeInTheDocument()
    expect(document.documentElement.hasAttribute('data-actuals')).toBe(true)
  })

  it('gives the row back when the hint was out of date', async () => {
    localStorage.setItem(
      USER_DATA_HINT_KEY,
      JSON.stringify({ actuals: ['chaoyang-2023'], examples: [], ledger: [] }),
    )
    renderRoute('/')
    await card('地区生产总值')
    await waitFor(() => expect(openedStore()).not.toBeNull())
    await waitFor(() => expect(document.documentElement.hasAttribute('data-actuals')).toBe(false))
  })
})
