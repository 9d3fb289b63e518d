import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { UnavailableReason, WriteFailReason } from '@/lib/store'
import { resetUserStoreForTests, userStore } from '@/lib/user-data'
import { renderRoute } from '@/testing/render'
import en from '../locales/en.json'
import zh from '../locales/zh.json'

const REASONS = [
  ...(['no-indexeddb', 'security', 'blocked', 'newer-version', 'open-failed'] satisfies UnavailableReason[]),
  ...(['quota', 'closed', 'io'] satisfies WriteFailReason[]),
]

afterEach(() => resetUserStoreForTests())

describe('the storage notice', () => {
  it('has words in both languages for every reason the store gives', () => {
    for (const words of [zh, en]) expect(Object.keys(words.reason).sort()).toEqual([...REASONS].sort())
  })

  it('says on every screen, once saving fails, that data stays only in this page, and offers a backup', async () => {
    let full = false // the disk fills up mid-session
    resetUserStoreForTests({
      failWrites: () => (full ? new DOMException('full', 'QuotaExceededError') : null),
    })
    renderRoute('/targets')
    const store = await userStore()
    await store.actuals.set({
      reportId: 'r',
      indicatorId: 'gdp',
      period: { year: 2023, month: 3 },
      growth: 5,
    })
    expect(screen.queryByRole('button', { name: '下载备份' })).not.toBeInTheDocument()
    full = true
    await store.actuals
      .set({ reportId: 'r', indicatorId: 'gdp', period: { year: 2023, month: 6 }, growth: 5.5 })
      .catch(() => {})
    expect(await screen.findByText(/浏览器存储空间已满，最近的修改未能保存/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '下载备份' })).toBeInTheDocument()
  })
})
