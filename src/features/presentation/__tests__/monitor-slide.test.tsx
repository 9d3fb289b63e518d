import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { monitorBoard } from '@/lib/monitoring/board'
import { exampleActuals } from '@/lib/monitoring/example-data'
import type { ActualValue } from '@/lib/store'
import { DB_NAME } from '@/lib/store'
import { USER_DATA_HINT_KEY } from '@/lib/user-data/hint'
import { resetUserStoreForTests, userStore } from '@/lib/user-data/open'
import { realReport } from '@/testing/data'
import { renderRoute } from '@/testing/render'
import { buildSlides, defaultSelection } from '../model/slides'

const report = realReport()
const values: ActualValue[] = exampleActuals(report).map((r, i) => ({
  ...r,
  changeId: `c${i}`,
  source: { kind: 'example', at: '2023-07-01T00:00:00.000Z' },
}))

afterEach(async () => {
  resetUserStoreForTests()
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME)
    req.onsuccess = req.onerror = req.onblocked = () => resolve()
  })
})

describe('the monitoring slide in the deck model', () => {
  it('joins the deck, after the targets, only when there are figures', () => {
    expect(buildSlides(report).some((s) => s.kind === 'monitor')).toBe(false)
    expect(
      buildSlides(report, { board: monitorBoard({ report, values: [], layer: 'real' }) }).some(
        (s) => s.kind === 'monitor',
      ),
    ).toBe(false)
    const board = monitorBoard({ report, values, layer: 'example' })
    const ids = buildSlides(report, { board }).map((s) => s.id)
    expect(ids.slice(0, 4)).toEqual(['title', 'kpis', 'targets', 'monitor'])
    expect(defaultSelection(report, undefined, { board })).toContain('monitor')
    expect(defaultSelection(report)).not.toContain('monitor')
  })
})

describe('the monitoring slide on screen', () => {
  it('shows every target’s light with its word, the red list, the rules and the example label', async () => {
    const store = await userStore()
    await store.examples.load(report.id, exampleActuals(report))
    localStorage.setItem(
      USER_DATA_HINT_KEY,
      JSON.stringify({ actuals: [], examples: [report.id], ledger: [] }),
    )
    renderRoute('/present?slides=monitor')
    const slide = await screen.findByRole('region', { name: '2023年目标监测' }, { timeout: 8000 })
    const table = within(slide).getByRole('table', { name: '2023年目标监测' })
    expect(within(table).getAllByRole('row')).toHaveLength(9)
    expect(
      within(table)
        .getByRole('rowheader', { name: /规上工业总产值/ })
        .closest('tr'),
    ).toHaveTextContent('滞后')
    expect(within(slide).getByRole('heading', { name: '滞后与预警（4）' })).toBeInTheDocument()
    expect(within(slide).getByText('低于目标超过 1 个百分点')).toBeInTheDocument()
    expect(within(slide).getAllByText('示例数据 · 非统计数据').length).toBeGreaterThan(0)
    // The deck warms its chart slides' chunks: let them finish loading inside the test.
    await Promise.all([
      import('../components/slides/targets-slide'),
      import('../components/slides/projects-slide'),
    ])
  })
})
