import { afterEach, describe, expect, it, vi } from 'vitest'
import { DataError } from '../../dataset/errors'
import { loadText } from '../transport'

// Every way a data request can fail ends in a DataError of its kind (the data error panel words each
// one and offers Retry); tests/e2e/data-failure.e2e.ts does the same against the real server.

const answer = (body: string, init: ResponseInit = {}) =>
  vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(body, init))

async function kindOf(run: Promise<unknown>) {
  try {
    await run
  } catch (e) {
    expect(e).toBeInstanceOf(DataError)
    return { kind: (e as DataError).kind, message: (e as DataError).message }
  }
  return { kind: 'loaded', message: '' }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('loadText', () => {
  it('returns the text of a file served as itself', async () => {
    vi.stubGlobal('fetch', answer('第一部分', { headers: { 'content-type': 'text/plain; charset=utf-8' } }))
    expect(await loadText('chaoyang-2023/report.txt')).toBe('第一部分')
  })

  it.each([
    [404, 'missing'],
    [410, 'missing'],
    [500, 'server'],
    [503, 'server'],
    [403, 'http'],
  ] as const)('HTTP %i is %s', async (status, kind) => {
    vi.stubGlobal('fetch', answer('', { status }))
    expect(await kindOf(loadText('manifest.json'))).toEqual({
      kind,
      message: `data/manifest.json: HTTP ${status}`,
    })
  })

  it('a web page where the file should be (a host’s SPA fallback, status 200) is missing, not data', async () => {
    vi.stubGlobal(
      'fetch',
      answer('<!doctype html><html><body>app</body></html>', { headers: { 'content-type': 'text/html' } }),
    )
    expect((await kindOf(loadText('a/report.txt'))).kind).toBe('missing')
    // Also when the host labels it as something else.
    vi.stubGlobal('fetch', answer('  <html lang="zh">…', { headers: { 'content-type': 'application/json' } }))
    expect((await kindOf(loadText('a/report.json'))).kind).toBe('missing')
  })

  it('no connection is network; no answer in time is timeout', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    )
    expect((await kindOf(loadText('manifest.json'))).kind).toBe('network')
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: RequestInfo | URL, init?: RequestInit) =>
          new Promise<Response>((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
      ),
    )
    expect(await kindOf(loadText('manifest.json', 50))).toEqual({
      kind: 'timeout',
      message: 'data/manifest.json: nothing within 0.05 s',
    })
  })

  it.each(['../etc/passwd', '/etc/passwd', 'javascript:alert(1)', 'a/%2e%2e/b', 'a\u0000b', 'https://x/y'])(
    'refuses %j without asking the server',
    async (path) => {
      const fetch = answer('secret')
      vi.stubGlobal('fetch', fetch)
      expect((await kindOf(loadText(path))).kind).toBe('http')
      expect(fetch).not.toHaveBeenCalled()
    },
  )
})
