import { afterEach, describe, expect, it, vi } from 'vitest'

// A stand-in for a module worker whose script never arrives: it answers no message.
class SilentWorker extends EventTarget {
  onmessage: ((e: MessageEvent) => void) | null = null
  onerror: ((e: ErrorEvent) => void) | null = null
  terminated = false
  postMessage() {}
  terminate() {
    this.terminated = true
  }
}

const started: SilentWorker[] = []
vi.mock('../start-worker', () => ({
  startWorker: () => {
    const worker = new SilentWorker()
    started.push(worker)
    return worker
  },
}))

afterEach(() => {
  vi.unstubAllGlobals()
  started.length = 0
})

describe('the import client', () => {
  it('forgets a worker started ahead of the file whose code failed to load, and still reads the file', async () => {
    vi.stubGlobal('Worker', SilentWorker)
    const { openImportFile, prewarmImportWorker } = await import('../client')
    prewarmImportWorker()
    expect(started).toHaveLength(1)
    started[0]?.dispatchEvent(new Event('error')) // the worker's script: 404 after a redeploy
    expect(started[0]?.terminated).toBe(true)
    // The next file goes to a fresh worker; that one fails too, and the file is read on the page.
    const reading = openImportFile(
      new TextEncoder().encode('指标,期间,累计增速\nGDP,2023-03,5.1\n'),
      '月报.csv',
    )
    await vi.waitFor(() => expect(started).toHaveLength(2))
    started[1]?.onerror?.(new ErrorEvent('error', { message: 'script 404' }))
    const file = await reading
    expect(file.opened.sheets.length).toBeGreaterThan(0)
  })
})
