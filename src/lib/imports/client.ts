import type { ActualsResult } from './actuals-book'
import type { ActualsOptions } from './actuals-types'
import type { LedgerAnalysis } from './ledger-analyze'
import type { LedgerOptions, LedgerResult } from './ledger-read'
import type { ImportSession, OpenedFile } from './session'
import { startWorker } from './start-worker'

// Opens a file for import off the main thread: a module worker where the page can start one (a served
// build), else the same session code on the page (the single-file build under file://, whose CSP and
// origin allow no worker; tests). Either way the reading code (SheetJS, papaparse) loads only now.

export type Progress = { done: number; total: number }

export type ImportFile = {
  opened: OpenedFile
  analyzeLedger(): Promise<(LedgerAnalysis | null)[]>
  actuals(opts: ActualsOptions): Promise<ActualsResult>
  ledger(opts: Omit<LedgerOptions, 'onProgress'>, onProgress?: (p: Progress) => void): Promise<LedgerResult>
  close(): void
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; progress?: (p: Progress) => void }

function workerSession(worker: Worker) {
  let next = 0
  const pending = new Map<number, Pending>()
  worker.onmessage = (
    e: MessageEvent<{ id: number; result?: unknown; error?: string; progress?: Progress }>,
  ) => {
    const p = pending.get(e.data.id)
    if (!p) return
    if (e.data.progress) return p.progress?.(e.data.progress)
    pending.delete(e.data.id)
    if (e.data.error !== undefined) p.reject(new Error(e.data.error))
    else p.resolve(e.data.result)
  }
  worker.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(e.message || 'the import worker failed'))
    pending.clear()
  }
  return <T>(op: string, args: unknown[], progress?: (p: Progress) => void, transfer: Transferable[] = []) =>
    new Promise<T>((resolve, reject) => {
      const id = next++
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, ...(progress ? { progress } : {}) })
      worker.postMessage({ id, op, args }, transfer)
    })
}

function canUseWorker(): boolean {
  return typeof Worker === 'function' && typeof location !== 'undefined' && location.protocol !== 'file:'
}

async function onPage(bytes: Uint8Array, name: string): Promise<ImportFile> {
  const { createImportSession } = await import('./session')
  const session: ImportSession = createImportSession()
  const opened = session.open(bytes, name)
  return {
    opened,
    analyzeLedger: async () => session.analyzeLedger(),
    actuals: async (opts) => session.actuals(opts),
    ledger: async (opts, onProgress) =>
      session.ledger(opts, onProgress ? (done, total) => onProgress({ done, total }) : undefined),
    close: () => {},
  }
}

// A worker started ahead of the file: its code (SheetJS, ~140 kB gzip) loads and compiles while the
// user is still choosing the file, instead of after.
let warm: Worker | null = null

/**
 * Starts the reading worker before a file arrives, when the user shows they are about to give one
 * (pointing at the file picker, dragging a file over the page). Idempotent; a no-op where the file
 * is read on the page. The next openImportFile takes this worker.
 */
export function prewarmImportWorker(): void {
  if (warm || !canUseWorker()) return
  try {
    const worker = startWorker()
    // Its code may fail to load (a redeploy renamed it, the network dropped) before any file comes:
    // nobody would hear that error, and the file would wait for an answer that never comes. Forget
    // it; openImportFile starts another or reads on the page.
    worker.addEventListener(
      'error',
      () => {
        worker.terminate()
        if (warm === worker) warm = null
      },
      { once: true },
    )
    warm = worker
  } catch {
    warm = null
  }
}

/** Reads a file (its bytes and name) for import; ask the result for actuals or a ledger. */
export async function openImportFile(bytes: Uint8Array, name: string): Promise<ImportFile> {
  if (!canUseWorker()) return onPage(bytes, name)
  let worker: Worker
  try {
    worker = warm ?? startWorker()
    warm = null
  } catch {
    return onPage(bytes, name)
  }
  const call = workerSession(worker)
  try {
    const copy = bytes.slice() // the worker takes the buffer; the caller keeps its bytes
    const opened = await call<OpenedFile>('open', [copy, name], undefined, [copy.buffer])
    return {
      opened,
      analyzeLedger: () => call('analyzeLedger', []),
      actuals: (opts) => call('actuals', [opts]),
      ledger: (opts, onProgress) => call('ledger', [opts], onProgress),
      close: () => worker.terminate(),
    }
  } catch {
    worker.terminate()
    return onPage(bytes, name) // a worker that cannot start (blocked, old browser): read on the page
  }
}
