/**
 * The single-file build has no worker: file:// cannot start one, and a worker is a file of its own. The
 * client reads on the page when starting one fails (vite.config.ts swaps this in for ./start-worker.ts).
 */
export function startWorker(): Worker {
  throw new Error('the single-file build reads imports on the page')
}
