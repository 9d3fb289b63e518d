import { describe, expect, it, vi } from 'vitest'
import { CodeLoadError, failedUrl, isCodeLoadError } from '../errors'
import { loadCode } from '../load-code'
import {
  type Env,
  mayReload,
  RELOAD_MARKER,
  RELOAD_QUIET_MS,
  readMarkers,
  recoverFromCodeError,
} from '../recover'

function memoryStorage(initial: Record<string, string> = {}) {
  const data = { ...initial }
  return {
    data,
    getItem: (k: string) => data[k] ?? null,
    setItem: (k: string, v: string) => {
      data[k] = v
    },
  }
}

function env(over: Partial<Env> & { store?: ReturnType<typeof memoryStorage> } = {}) {
  const store = over.store ?? memoryStorage()
  const reload = vi.fn()
  return {
    reload,
    store,
    env: {
      storage: () => store,
      now: () => 1_000_000,
      answers: async () => true,
      reload,
      ...over,
    } satisfies Env,
  }
}

const failed = (url = 'http://x/assets/targets-abc.js') => new CodeLoadError('failed', url)

describe('loadCode', () => {
  it('turns any failed import into a CodeLoadError naming the file', async () => {
    const error = await loadCode(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://x/assets/a-1.js')),
    ).catch((e: unknown) => e)
    expect(isCodeLoadError(error)).toBe(true)
    expect((error as CodeLoadError).url).toBe('http://x/assets/a-1.js')
  })

  it('gives up on an import that never answers', async () => {
    vi.useFakeTimers()
    const pending = loadCode(() => new Promise(() => {}), 1000).catch((e: unknown) => e)
    vi.advanceTimersByTime(1000)
    const error = (await pending) as CodeLoadError
    vi.useRealTimers()
    expect(error.reason).toBe('timeout')
  })

  it('passes a loaded module through', async () => {
    expect(await loadCode(async () => ({ a: 1 }))).toEqual({ a: 1 })
  })

  it('finds the URL in each browser’s wording', () => {
    expect(failedUrl(new Error('error loading dynamically imported module: https://h/assets/x-1.js'))).toBe(
      'https://h/assets/x-1.js',
    )
    expect(failedUrl(new Error('Importing a module script failed.'))).toBeUndefined()
  })
})

describe('the guarded automatic reload', () => {
  it('reloads once for a failed chunk when the server answers, and marks it', async () => {
    const { env: e, reload, store } = env()
    expect(await recoverFromCodeError(failed(), e)).toBe('reloading')
    expect(reload).toHaveBeenCalledOnce()
    expect(readMarkers(store)).toEqual([{ key: 'http://x/assets/targets-abc.js', at: 1_000_000 }])
  })

  it('never twice for the same chunk, and never twice within the quiet time: no loop', async () => {
    const store = memoryStorage()
    const first = env({ store })
    await recoverFromCodeError(failed(), first.env)
    const again = env({ store, now: () => 1_000_000 + 10 * RELOAD_QUIET_MS })
    expect(await recoverFromCodeError(failed(), again.env)).toBe('gave-up')
    const other = env({ store, now: () => 1_000_000 + 1000 })
    expect(await recoverFromCodeError(failed('http://x/assets/areas-1.js'), other.env)).toBe('gave-up')
    expect(again.reload).not.toHaveBeenCalled()
    expect(other.reload).not.toHaveBeenCalled()
    const later = env({ store, now: () => 1_000_000 + RELOAD_QUIET_MS + 1 })
    expect(await recoverFromCodeError(failed('http://x/assets/areas-1.js'), later.env)).toBe('reloading')
  })

  it('does not reload into the browser’s offline page', async () => {
    const { env: e, reload } = env({ answers: async () => false })
    expect(await recoverFromCodeError(failed(), e)).toBe('offline')
    expect(reload).not.toHaveBeenCalled()
  })

  it('does not reload when the guard cannot be kept (storage blocked or not saving)', async () => {
    const blocked = env({
      storage: () => {
        throw new DOMException('denied', 'SecurityError')
      },
    })
    expect(await recoverFromCodeError(failed(), blocked.env)).toBe('gave-up')
    const forgetful = env({ store: { data: {}, getItem: () => null, setItem: () => {} } })
    expect(await recoverFromCodeError(failed(), forgetful.env)).toBe('gave-up')
    expect(blocked.reload).not.toHaveBeenCalled()
    expect(forgetful.reload).not.toHaveBeenCalled()
  })

  it('leaves a bug alone: only code that did not load is reloaded for', async () => {
    const { env: e, reload } = env()
    expect(await recoverFromCodeError(new TypeError('x is undefined'), e)).toBe('gave-up')
    expect(reload).not.toHaveBeenCalled()
  })

  it('reads a corrupted marker as none', () => {
    expect(readMarkers(memoryStorage({ [RELOAD_MARKER]: '{oops' }))).toEqual([])
    expect(readMarkers(memoryStorage({ [RELOAD_MARKER]: '[{"key":1},{"key":"a","at":2}]' }))).toEqual([
      { key: 'a', at: 2 },
    ])
    expect(mayReload([], 'a', 0)).toBe(true)
  })
})
