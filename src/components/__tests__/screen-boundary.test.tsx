import { act, screen, within } from '@testing-library/react'
import { lazy, Suspense } from 'react'
import { describe, expect, it } from 'vitest'
import { useLocation } from 'wouter'
import { CodeLoadError } from '@/lib/code-load/errors'
import { renderWithProviders } from '@/testing/render'
import { ScreenBoundary } from '../screen-boundary'

function CrashOnTargets() {
  const [path] = useLocation()
  if (path === '/targets') throw new Error('targets broke')
  return <p>projects shown</p>
}

function Crash(): never {
  throw new Error('x is undefined')
}

// A lazy screen whose chunk did not arrive (what loadCode makes of a failed import).
const Missing = lazy(() => Promise.reject(new CodeLoadError('failed', 'http://h/assets/targets-1.js')))

describe('ScreenBoundary', () => {
  it('a screen that crashes: a message with Reload and Back to Overview, and the rest of the app stays', () => {
    renderWithProviders(
      <>
        <nav>nav stays</nav>
        <ScreenBoundary>
          <Crash />
        </ScreenBoundary>
      </>,
      { path: '/targets' },
    )
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('此页面出错，其他页面不受影响。')
    expect(alert).toHaveTextContent('x is undefined')
    expect(within(alert).getByRole('button', { name: '重新加载' })).toBeInTheDocument()
    expect(within(alert).getByRole('link', { name: '返回总览' })).toHaveAttribute('href', '#/')
    expect(screen.getByText('nav stays')).toBeInTheDocument()
  })

  it('a screen whose code did not arrive, with the server unreachable: says so, and offers the ways out', async () => {
    renderWithProviders(
      <ScreenBoundary>
        <Suspense fallback={<p>loading</p>}>
          <Missing />
        </Suspense>
      </ScreenBoundary>,
      { path: '/targets' },
    )
    // The test's fetch has no page at '/': the server "does not answer", so no reload is tried.
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('无法连接服务器。网络恢复后将自动重新加载。')
    expect(within(alert).getByRole('link', { name: '返回总览' })).toBeInTheDocument()
  })

  it('going elsewhere (Back, a link) clears the failure', async () => {
    renderWithProviders(
      <ScreenBoundary>
        <CrashOnTargets />
      </ScreenBoundary>,
      { path: '/targets' },
    )
    expect(screen.getByRole('alert')).toBeInTheDocument()
    await act(async () => {
      window.location.hash = '/projects'
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('projects shown')).toBeInTheDocument()
  })

  it('in a card’s row (variant line): a short word with the reason on hover, not a message per card', async () => {
    renderWithProviders(
      <>
        <p>figures stay</p>
        {[1, 2].map((n) => (
          <ScreenBoundary key={n} variant="line">
            <Suspense fallback={null}>
              <Missing />
            </Suspense>
          </ScreenBoundary>
        ))}
      </>,
      { path: '/' },
    )
    const words = await screen.findAllByText('此处未能加载')
    expect(words).toHaveLength(2)
    expect(words[0]).toHaveAttribute('title', '无法连接服务器。网络恢复后将自动重新加载。')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('figures stay')).toBeInTheDocument()
  })
})
