import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { entryOf } from '@/lib/ledger-model'
import { DB_NAME } from '@/lib/store'
import { USER_DATA_HINT_KEY } from '@/lib/user-data/hint'
import { resetUserStoreForTests, userStore } from '@/lib/user-data/open'
import { realReport } from '@/testing/data'
import { renderRoute } from '@/testing/render'
import { buildSlides, defaultSelection } from '../model/slides'

const report = realReport()

afterEach(async () => {
  resetUserStoreForTests()
  localStorage.clear()
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME)
    req.onsuccess = req.onerror = req.onblocked = () => resolve()
  })
})

describe('the deck with a ledger', () => {
  it('waits for the ledger, so a link to the slide after the projects opens the ledger slide', async () => {
    // An invented one-project ledger, for the test only.
    const store = await userStore()
    await store.ledger.import(
      {
        reportId: report.id,
        file: '示例台账.xlsx',
        asOf: '2023-06-30',
        amountUnit: '万元',
        mapping: { name: '项目名称' },
      },
      [
        entryOf({
          name: '示例项目',
          amountsUnit: '万元',
          planInvestment: 1000,
          completedInvestment: 200,
          source: { sheet: 'Sheet1', row: 2 },
        }),
      ],
    )
    localStorage.setItem(
      USER_DATA_HINT_KEY,
      JSON.stringify({ actuals: [], examples: [], ledger: [report.id] }),
    )
    // Without the ledger the default deck has no such slide: the position names another one.
    const without = defaultSelection(report)
    const at = without.indexOf('projects') + 2 // 1-based: the slide after the projects
    expect(buildSlides(report).find((s) => s.id === without[at - 1])?.kind).not.toBe('ledger')
    renderRoute(`/present?slide=${at}`)
    // The first deck shown already counts the ledger slide: it never renders without it and renumbers.
    const counter = await screen.findByText(/^第 \d+ 张，共 \d+ 张$/, {}, { timeout: 8000 })
    expect(counter).toHaveTextContent(`第 ${at} 张，共 ${without.length + 1} 张`)
    expect(await screen.findByText(/重点项目推进/, {}, { timeout: 8000 })).toBeInTheDocument()
  })
})
