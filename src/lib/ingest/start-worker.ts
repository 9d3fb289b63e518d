/** The ingest pipeline in a worker of its own (its code, opencc-js included, is a separate file). */
export function startIngestWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'ingest' })
}
