import type { IngestOptions } from './ingest'
import { startIngestWorker } from './start-worker'
import type { Draft } from './types'

// Text in, draft out, off the page's main thread where the page can start a worker (a served build);
// on the page otherwise (the single-file build under file://, tests), after the input handler has
// returned. Either way the pipeline's code loads only now, on #/ingest.

let worker: Worker | null = null
let next = 0
const pending = new Map<number, { resolve: (d: Draft) => void; reject: (e: Error) => void }>()

function canUseWorker(): boolean {
  return typeof Worker === 'function' && typeof location !== 'undefined' && location.protocol !== 'file:'
}

function theWorker(): Worker | null {
  if (worker) return worker
  if (!canUseWorker()) return null
  try {
    worker = startIngestWorker()
  } catch {
    return null
  }
  worker.onmessage = (e: MessageEvent<{ id: number; draft?: Draft; error?: string }>) => {
    const p = pending.get(e.data.id)
    if (!p) return
    pending.delete(e.data.id)
    if (e.data.draft) p.resolve(e.data.draft)
    else p.reject(new Error(e.data.error ?? 'the ingest worker failed'))
  }
  worker.onerror = (e) => {
    // Its code failed to load or it crashed: what was waiting is told; the next run goes on the page.
    for (const p of pending.values()) p.reject(new Error(e.message || 'the ingest worker failed'))
    pending.clear()
    worker?.terminate()
    worker = null
    broken = true
  }
  return worker
}
let broken = false

async function onPage(text: string, options: IngestOptions): Promise<Draft> {
  await new Promise((r) => setTimeout(r, 0)) // let the click or paste that asked finish painting
  const { ingestText } = await import('./ingest')
  return ingestText(text, options)
}

/** The draft of a report text; rejects with the pipeline's reason (an empty text, no report in it). */
export function ingestInBackground(text: string, options: IngestOptions = {}): Promise<Draft> {
  const w = broken ? null : theWorker()
  if (!w) return onPage(text, options)
  return new Promise<Draft>((resolve, reject) => {
    const id = next++
    pending.set(id, { resolve, reject })
    w.postMessage({ id, text, options })
  }).catch((e: Error) => (broken ? onPage(text, options) : Promise.reject(e)))
}
