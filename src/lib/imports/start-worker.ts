/** The import reader in a worker of its own (its code, SheetJS included, is a separate file). */
export function startWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'import' })
}
