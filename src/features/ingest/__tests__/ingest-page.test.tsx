import { readFileSync } from 'node:fs'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { readHint, USER_DATA_HINT_KEY } from '@/lib/user-data/hint'
import { resetUserStoreForTests, userStore } from '@/lib/user-data/open'
import { currentRoute, renderRoute } from '@/testing/render'

// #/ingest in jsdom (the pipeline runs on the page here: no Worker): a text read, reviewed and saved
// through the store; the saved report then opens by its id like a built-in one.

const TEXT = readFileSync('tests/fixtures/reports/county-work-report-2024.txt', 'utf8')

afterEach(() => {
  resetUserStoreForTests()
  indexedDB.deleteDatabase('work-report-dashboard')
  localStorage.clear()
})

async function readAndReview(text = TEXT) {
  const view = renderRoute('/ingest')
  fireEvent.change(await screen.findByRole('textbox', { name: '报告全文' }), { target: { value: text } })
  await view.user.click(screen.getByRole('button', { name: '读取数字' }))
  await screen.findByTestId('ingest-summary', {}, { timeout: 5000 })
  return view
}

async function saveQinglan() {
  const store = await userStore()
  const { ingestWith } = await import('@/lib/ingest/ingest')
  const { reviewEntries } = await import('../model/entries')
  const { applyReview, initialState } = await import('../model/review')
  const draft = ingestWith(TEXT)
  const state = initialState(draft)
  for (const a of draft.review.accounts) if (a.status === 'unplaced') state.dismissed[a.span[0]] = ''
  state.meta.id = 'qinglan-2024'
  await store.reports.save({ dataset: applyReview(draft, reviewEntries(draft), state), text: TEXT })
  localStorage.setItem(USER_DATA_HINT_KEY, JSON.stringify({ reports: ['qinglan-2024'] }))
  return store
}

describe('#/ingest', () => {
  // Long in jsdom (the store's code loads on first use, every field change re-runs the checks).
  it('holds saving back until every check passes, then saves through the store (and undoes it)', {
    timeout: 40_000,
  }, async () => {
    const { user } = await readAndReview()
    const save = screen.getByRole('button', { name: '保存到本机浏览器' })
    expect(save).toBeDisabled()
    expect(screen.getByText('检查全部通过后才能保存或导出。')).toBeInTheDocument()
    const marks = screen.getByTestId('marked-text')
    expect(marks.querySelectorAll('mark[data-status="unplaced"]')).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: '不是指标' }))
    fireEvent.change(screen.getByLabelText('编号（小写字母、数字和 -）'), {
      target: { value: 'chaoyang-2023' },
    })
    expect(await screen.findByText('与内置报告重名')).toBeInTheDocument()
    fireEvent.change(screen.getByLabelText('编号（小写字母、数字和 -）'), {
      target: { value: 'qinglan-2024' },
    })
    await waitFor(() => expect(save).toBeEnabled())
    // A figure rejected leaves the report; its number is marked as rejected in the text.
    const entry = document.querySelector('[data-entry="indicator:retail-sales"]') as HTMLElement
    await user.click(within(entry).getByRole('button', { name: '拒绝' }))
    await waitFor(() => expect(marks.querySelectorAll('mark[data-status="rejected"]').length).toBe(3))
    await waitFor(() => expect(save).toBeEnabled())
    await user.click(save)
    const status = await screen.findByText(/已保存在本机/, {}, { timeout: 15000 }).catch((e) => {
      throw new Error(`${e}\n${screen.getByRole('heading', { name: '保存' }).parentElement?.textContent}`)
    })
    const saved = await (await userStore()).reports.get('qinglan-2024')
    expect(saved?.dataset.indicators.map((i) => i.id)).not.toContain('retail-sales')
    expect(saved?.text).toBe(TEXT)
    expect(readHint().reports).toContain('qinglan-2024')
    await user.click(within(status.parentElement as HTMLElement).getByRole('button', { name: '撤销保存' }))
    await screen.findByText('已撤销保存。')
    expect(await (await userStore()).reports.get('qinglan-2024')).toBeNull()
  })

  it('says the years the text reviews and plans, or that it names none (never year -1)', async () => {
    await readAndReview()
    expect(screen.getByTestId('ingest-summary')).toHaveTextContent('回顾 2023 年，计划 2024 年')
    cleanup()
    // Invented text without a year, as a fragment pasted without its title arrives.
    await readAndReview('一、工作回顾\n全年地区生产总值186.4亿元，增长6.1%。')
    const summary = screen.getByTestId('ingest-summary')
    expect(summary).toHaveTextContent('文中未写年份，请在“年份”中填写')
    expect(summary).not.toHaveTextContent(/-1|计划 0 年/)
  })

  it('opens a saved report by its id, like a built-in one', async () => {
    await saveQinglan()
    renderRoute('/?report=qinglan-2024')
    expect(
      await screen.findByRole('heading', { level: 1, name: /青岚县2024年政府工作报告/ }),
    ).toBeInTheDocument()
    expect(currentRoute()).toBe('/?report=qinglan-2024')
  })

  it('lists the saved reports on #/ingest; one is removed, and the removal undone', async () => {
    const store = await saveQinglan()
    const { user } = renderRoute('/ingest')
    const list = await screen.findByRole('region', { name: '本机保存的报告' })
    expect(await within(list).findByRole('link', { name: /青岚县2024年政府工作报告/ })).toBeInTheDocument()
    await user.click(within(list).getByRole('button', { name: '删除' }))
    await within(list).findByText(/已删除/)
    expect(await store.reports.get('qinglan-2024')).toBeNull()
    await user.click(within(list).getByRole('button', { name: '撤销删除' }))
    await waitFor(async () => expect(await store.reports.get('qinglan-2024')).not.toBeNull())
  })

  it('a link to a report neither the manifest nor this browser has shows the default, with a notice', async () => {
    renderRoute('/?report=nowhere-2024')
    expect(await screen.findByRole('heading', { level: 1, name: /朝阳县/ })).toBeInTheDocument()
    expect(screen.getByText(/nowhere-2024/)).toBeInTheDocument()
  })
})
