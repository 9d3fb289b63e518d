import { QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { resetUserStoreForTests, userStore } from '@/lib/user-data/open'
import { realReport } from '@/testing/data'
import { testQueryClient } from '@/testing/render'
import { exampleActuals } from '../example-data'
import { useBoard } from '../use-board'

const report = realReport()
afterEach(() => resetUserStoreForTests())

describe('useBoard', () => {
  it('judges the same figures once for every screen part that reads them', async () => {
    const store = await userStore()
    await store.examples.load(report.id, exampleActuals(report)) // invented figures
    const client = testQueryClient()
    const wrapper = ({ children }: { children: React.ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    )
    const { result } = renderHook(() => [useBoard(report), useBoard(report)] as const, { wrapper })
    await waitFor(() => expect(result.current[0].status).toBe('ready'))
    const [a, b] = result.current
    expect(a.status === 'ready' && b.status === 'ready' && a.board === b.board).toBe(true)
    expect(a.status === 'ready' && a.board.layer).toBe('example')
  })
})
