/**
 * The single-file build has no worker: file:// cannot start one, and a worker is a file of its own. The
 * client then runs the pipeline on the page (vite.config.ts swaps this in for ./start-worker.ts).
 */
export function startIngestWorker(): Worker {
  throw new Error('the single-file build runs the pipeline on the page')
}
