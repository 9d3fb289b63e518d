import { readFileSync } from 'node:fs'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyDecisions } from '@/lib/ingest/decisions/apply'
import { Decisions } from '@/lib/ingest/decisions/schema'
import { resetUserStoreForTests } from '@/lib/user-data/open'
import { renderRoute } from '@/testing/render'

// #/ingest's review, exported as a decisions file (the format of data/decisions) and imported back:
// the same entries rejected, undoable; the file makes the reviewed report again from the text.

const download = vi.hoisted(() => ({ blobs: [] as { blob: Blob; name: string }[] }))
vi.mock('@/lib/export/download', () => ({
  downloadBlob: (blob: Blob, name: string) => download.blobs.push({ blob, name }),
}))

const TEXT = readFileSync('tests/fixtures/reports/county-work-report-2024.txt', 'utf8')

afterEach(() => {
  resetUserStoreForTests()
  indexedDB.deleteDatabase('work-report-dashboard')
  localStorage.clear()
  download.blobs.length = 0
})

const entry = (key: string) => document.querySelector(`[data-entry="${key}"]`) as HTMLElement

describe('#/ingest review decisions', () => {
  it('exports the review as decisions and imports them back, undoably', { timeout: 40_000 }, async () => {
    const { user } = renderRoute('/ingest')
    fireEvent.change(await screen.findByRole('textbox', { name: '报告全文' }), { target: { value: TEXT } })
    await user.click(screen.getByRole('button', { name: '读取数字' }))
    await screen.findByTestId('ingest-summary', {}, { timeout: 5000 })
    const reject = () => within(entry('indicator:retail-sales')).getByRole('button', { name: '拒绝' })
    await user.click(reject())
    expect(entry('indicator:retail-sales')).toHaveAttribute('data-status', 'rejected')

    await user.click(screen.getByRole('button', { name: '导出审阅决定' }))
    await waitFor(() => expect(download.blobs).toHaveLength(1))
    const [{ blob, name }] = download.blobs as [{ blob: Blob; name: string }]
    expect(name).toMatch(/\.decisions\.json$/)
    const exported = await blob.text()
    const decisions = Decisions.parse(JSON.parse(exported))
    expect(decisions.indicators.map((i) => i.id)).not.toContain('retail-sales')
    expect(decisions.rejected.facts.length).toBeGreaterThanOrEqual(2)
    // The file makes the reviewed report again from the text, as `npm run dataset` would.
    const { ingestWith } = await import('@/lib/ingest/ingest')
    const remade = applyDecisions(ingestWith(TEXT).report, decisions, TEXT)
    expect(remade.indicators.map((i) => i.id)).not.toContain('retail-sales')

    // Undecided again, then the file brings the rejection back; undoing the import puts it as it was.
    await user.click(reject())
    expect(entry('indicator:retail-sales')).toHaveAttribute('data-status', 'pending')
    const input = screen.getByTestId('decisions-file') as HTMLInputElement
    await user.upload(input, new File([exported], name, { type: 'application/json' }))
    const status = await screen.findByText(/^已导入 \d+ 项决定。$/)
    expect(entry('indicator:retail-sales')).toHaveAttribute('data-status', 'rejected')
    expect(entry('indicator:gdp')).toHaveAttribute('data-status', 'accepted')
    await user.click(within(status.parentElement as HTMLElement).getByRole('button', { name: '撤销导入' }))
    expect(await screen.findByText('已撤销导入，恢复导入前的审阅。')).toBeInTheDocument()
    expect(entry('indicator:retail-sales')).toHaveAttribute('data-status', 'pending')

    await user.upload(input, new File(['{"schemaVersion": 1}'], 'x.json', { type: 'application/json' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '这不是审阅决定文件：report: 缺少必填字段（应为对象）',
    )
    expect(entry('indicator:retail-sales')).toHaveAttribute('data-status', 'pending')
  })
})
