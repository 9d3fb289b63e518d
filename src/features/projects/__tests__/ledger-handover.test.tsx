import { screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Report } from '@/lib/dataset/schema'
import type { LedgerRow } from '@/lib/imports/ledger-row'
import { resetUserStoreForTests } from '@/lib/user-data'
import { reportJson } from '@/testing/fixtures'
import { renderWithProviders } from '@/testing/render'
import { saveLedger } from '../ledger/save'
import { usePendingLedger } from '../ledger/store'
import { useLedger } from '../ledger/use-ledger'

// Invented ledger rows, for the test only.
const report = reportJson() as Report
const row = (name: string, completed: number): LedgerRow => ({
  name,
  amountsUnit: '万元',
  planInvestment: 1000,
  completedInvestment: completed,
  source: { sheet: 'Sheet1', row: 2 },
})
const month = (asOf: string, rows: LedgerRow[]) =>
  saveLedger({
    reportId: report.id,
    file: `台账${asOf}.xlsx`,
    asOf,
    unit: '万元',
    rows,
    mapping: { name: '项目名称' },
    remember: {},
    counts: { rows: rows.length, accepted: rows.length, rejected: 0 },
  })

function Shown() {
  const ledger = useLedger(report)
  return (
    <p data-testid="shown">
      {ledger.data ? `${ledger.data.snapshot.asOf} ${ledger.data.rows.length}` : 'none'}
      {ledger.pending ? ' pending' : ''}
    </p>
  )
}

afterEach(() => {
  resetUserStoreForTests()
  usePendingLedger.setState({ byReport: {} })
})

describe('a ledger just imported', () => {
  it('hands over to what the store holds once written, even when an earlier month was imported last', async () => {
    await month('2023-06-30', [row('示例项目甲', 600), row('示例项目乙', 300)])
    usePendingLedger.setState({ byReport: {} })
    const imported = month('2023-05-31', [row('示例项目甲', 500)])
    renderWithProviders(<Shown />)
    await imported
    // The store's current ledger is June's (the latest as-of date), not the May file just read.
    await waitFor(() => expect(screen.getByTestId('shown')).toHaveTextContent(/^2023-06-30 2$/))
  })
})
