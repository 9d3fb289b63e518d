import { readFileSync } from 'node:fs'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { resetUserStoreForTests, userStore } from '@/lib/user-data/open'
import { renderRoute } from '@/testing/render'

// A review in progress survives a reload: it is kept in the store (doc type 'draft') and offered
// back as "继续上次的审阅", with its decisions; "放弃此审阅" drops it; reading another text asks first.

const TEXT = readFileSync('tests/fixtures/years/songchuan-2023.txt', 'utf8')

afterEach(() => {
  resetUserStoreForTests()
  indexedDB.deleteDatabase('work-report-dashboard')
  localStorage.clear()
})

const idField = () => screen.getByLabelText('编号（小写字母、数字和 -）')

describe('#/ingest keeps the review in progress', () => {
  it('offers it back after a reload, with its decisions and name, or drops it', {
    timeout: 40_000,
  }, async () => {
    const first = renderRoute('/ingest')
    fireEvent.change(await screen.findByRole('textbox', { name: '报告全文' }, { timeout: 10_000 }), {
      target: { value: TEXT },
    })
    await first.user.click(screen.getByRole('button', { name: '读取数字' }))
    await screen.findByTestId('ingest-summary', {}, { timeout: 10_000 })
    const gdp = document.querySelector('[data-entry="indicator:gdp"]') as HTMLElement
    await first.user.click(within(gdp).getByRole('button', { name: '拒绝' }))
    fireEvent.change(idField(), { target: { value: 'songchuan-2023' } })
    await waitFor(async () =>
      expect((await (await userStore()).drafts.get())?.review).toMatchObject({
        meta: { id: 'songchuan-2023' },
        decisions: { 'indicator:gdp': { status: 'rejected' } },
      }),
    )

    // "Reload": a new page on the same store.
    cleanup()
    const second = renderRoute('/ingest')
    const resume = await screen.findByRole('button', { name: '继续上次的审阅' }, { timeout: 10_000 })
    expect(screen.getByRole('region', { name: '未完成的审阅' })).toHaveTextContent('松川县2023年政府工作报告')
    await second.user.click(resume)
    await screen.findByTestId('ingest-summary', {}, { timeout: 10_000 })
    expect(idField()).toHaveValue('songchuan-2023')
    expect(document.querySelector('[data-entry="indicator:gdp"]')).toHaveAttribute('data-status', 'rejected')

    // Edited further, then 重新粘贴: the offer is the newer review, not the copy the page opened with.
    fireEvent.change(idField(), { target: { value: 'songchuan-2023b' } })
    await waitFor(async () =>
      expect((await (await userStore()).drafts.get())?.review).toMatchObject({
        meta: { id: 'songchuan-2023b' },
      }),
    )
    await second.user.click(screen.getByRole('button', { name: '重新粘贴' }))
    // Reading a text now would write over that review: asked first, and Cancel keeps it.
    await second.user.click(await screen.findByRole('button', { name: '读取数字' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      '会替换上次未完成的审阅（松川县2023年政府工作报告（虚构测试文本））',
    )
    await second.user.click(screen.getByRole('button', { name: '取消' }))
    expect(screen.queryByRole('button', { name: '替换并读取' })).toBeNull()
    expect(screen.queryByTestId('ingest-summary')).toBeNull()
    expect((await (await userStore()).drafts.get())?.review).toMatchObject({
      meta: { id: 'songchuan-2023b' },
    })
    await second.user.click(await screen.findByRole('button', { name: '继续上次的审阅' }))
    await screen.findByTestId('ingest-summary', {}, { timeout: 10_000 })
    expect(idField()).toHaveValue('songchuan-2023b')

    // Discarded, it is not offered again.
    cleanup()
    const third = renderRoute('/ingest')
    await third.user.click(await screen.findByRole('button', { name: '放弃此审阅' }, { timeout: 10_000 }))
    expect(screen.queryByRole('button', { name: '继续上次的审阅' })).toBeNull()
    expect(await (await userStore()).drafts.get()).toBeNull()
  })
})
