/// <reference lib="webworker" />
// The import session (./session.ts) in a worker, so a 10,000-row ledger is read without freezing the
// page. Requests: { id, op, args }; answers: { id, result } | { id, error } | { id, progress }.
import { createImportSession } from './session'

const session = createImportSession()
type Request = { id: number; op: 'open' | 'analyzeLedger' | 'actuals' | 'ledger'; args: unknown[] }

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, op, args } = event.data
  try {
    let result: unknown
    if (op === 'open') result = session.open(args[0] as Uint8Array, args[1] as string)
    else if (op === 'analyzeLedger') result = session.analyzeLedger()
    else if (op === 'actuals') result = session.actuals(args[0] as Parameters<typeof session.actuals>[0])
    else
      result = session.ledger(args[0] as Parameters<typeof session.ledger>[0], (done, total) =>
        postMessage({ id, progress: { done, total } }),
      )
    postMessage({ id, result })
  } catch (error) {
    postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
}
