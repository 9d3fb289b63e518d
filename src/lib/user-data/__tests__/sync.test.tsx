import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '@/lib/store'
import { readHint } from '../hint'
import { resetUserStoreForTests, userStore } from '../open'
import { actualsQueryOptions } from '../queries'
import { useUserDataSync } from '../sync'

function Figures({ reportId }: { reportId: string }) {
  useUserDataSync()
  const q = useQuery(actualsQueryOptions(reportId))
  if (!q.data) return <p>loading</p>
  return (
    <ul>
      {q.data.map((v) => (
        <li key={`${v.indicatorId}${v.period.month}`}>
          {v.indicatorId} {v.period.year}-{v.period.month}: {v.growth}%
        </li>
      ))}
    </ul>
  )
}

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } })

afterEach(() => {
  resetUserStoreForTests()
  indexedDB.deleteDatabase('work-report-dashboard')
})

describe('user data on screen', () => {
  it('shows what is stored and follows a change made elsewhere (another connection: another tab)', async () => {
    render(
      <QueryClientProvider client={client()}>
        <Figures reportId="r1" />
      </QueryClientProvider>,
    )
    await screen.findByRole('list')
    expect(screen.queryAllByRole('listitem')).toEqual([])
    // another tab: its own connection to the same database
    const other = await openStore()
    await act(() =>
      other.actuals.set({
        reportId: 'r1',
        indicatorId: 'gdp',
        period: { year: 2023, month: 3 },
        growth: 5.2,
      }),
    )
    expect(await screen.findByText('gdp 2023-3: 5.2%')).toBeInTheDocument()
    other.close()
  })

  it('writes a first-paint hint naming the reports that hold actuals', async () => {
    const store = await userStore()
    render(
      <QueryClientProvider client={client()}>
        <Figures reportId="r2" />
      </QueryClientProvider>,
    )
    await act(() =>
      store.actuals.set({ reportId: 'r2', indicatorId: 'gdp', period: { year: 2023, month: 6 }, growth: 4 }),
    )
    await screen.findByText('gdp 2023-6: 4%')
    await expect.poll(() => readHint().actuals).toEqual(['r2'])
  })
})
