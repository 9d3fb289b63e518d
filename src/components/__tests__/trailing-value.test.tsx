import { act, render, screen } from '@testing-library/react'
import { Suspense, startTransition, useLayoutEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { describe, expect, it, vi } from 'vitest'
import { useTrailingValue } from '../trailing-value'

// What each commit put on the screen: "table/charts".
let commits: string[] = []
let setFilter: (v: string) => void = () => {}

let renders = 0

function Screen() {
  renders++
  const [filter, set] = useState('all')
  setFilter = set
  const trailing = useTrailingValue(filter)
  useLayoutEffect(() => {
    commits.push(`${filter}/${trailing}`)
  })
  return (
    <p>
      table {filter}, charts {trailing}
    </p>
  )
}

// A trailing part that suspends until its value is ready.
let isReady: (of: string) => boolean = () => true
let pending: Promise<void> = Promise.resolve()
let setSuspending: (v: string) => void = () => {}

function Charts({ of }: { of: string }) {
  if (!isReady(of)) throw pending
  return <span>charts {of}</span>
}

function Suspending() {
  const [filter, set] = useState('all')
  setSuspending = set
  const trailing = useTrailingValue(filter)
  return (
    <>
      <p>table {filter}</p>
      <Suspense fallback={<span>loading charts</span>}>
        <Charts of={trailing} />
      </Suspense>
    </>
  )
}

describe('useTrailingValue', () => {
  it('starts equal to the value: the first render (and a hydrated screen) has nothing to catch up', () => {
    commits = []
    render(<Screen />)
    expect(commits).toEqual(['all/all'])
  })

  it('commits the new value first and the trailing part in a later commit, after an urgent update', async () => {
    commits = []
    render(<Screen />)
    await act(async () => setFilter('energy'))
    expect(commits).toEqual(['all/all', 'energy/all', 'energy/energy'])
    expect(screen.getByText('table energy, charts energy')).toBeInTheDocument()
  })

  it('also splits an update that is itself a transition (useDeferredValue would commit both at once)', async () => {
    commits = []
    render(<Screen />)
    await act(async () => startTransition(() => setFilter('signed')))
    expect(commits).toEqual(['all/all', 'signed/all', 'signed/signed'])
    expect(screen.getByText('table signed, charts signed')).toBeInTheDocument()
  })

  it('a change undone before the catch-up lands ends where it started, never showing the undone value', async () => {
    // Outside act, so that React schedules as in a browser: each flushSync commits one urgent change
    // and runs its effects; the catch-up of the first is still pending when the second arrives.
    const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
    const wasAct = env.IS_REACT_ACT_ENVIRONMENT
    env.IS_REACT_ACT_ENVIRONMENT = false
    const host = document.createElement('div')
    const root = createRoot(host)
    try {
      commits = []
      flushSync(() => root.render(<Screen />))
      flushSync(() => setFilter('energy'))
      flushSync(() => setFilter('all'))
      expect(commits).toEqual(['all/all', 'energy/all', 'all/all'])
      // Wait for the pending catch-up's render (whatever it commits), however slow the machine.
      const before = renders
      await vi.waitFor(() => expect(renders).toBeGreaterThan(before))
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(commits.filter((c) => c.endsWith('/energy'))).toEqual([])
      expect(host.textContent).toBe('table all, charts all')
    } finally {
      root.unmount()
      env.IS_REACT_ACT_ENVIRONMENT = wasAct
    }
  })

  it('catches up in a transition: a trailing part that suspends keeps its old content, never a fallback', async () => {
    const ready = new Set(['all'])
    let release: () => void = () => {}
    pending = new Promise<void>((resolve) => {
      release = () => {
        ready.add('slow')
        resolve()
      }
    })
    isReady = (of) => ready.has(of)
    render(<Suspending />)
    await act(async () => setSuspending('slow'))
    expect(screen.getByText('table slow')).toBeInTheDocument()
    expect(screen.getByText('charts all')).toBeInTheDocument()
    expect(screen.queryByText('loading charts')).toBeNull()
    await act(async () => release())
    expect(screen.getByText('charts slow')).toBeInTheDocument()
  })
})
