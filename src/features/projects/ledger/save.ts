import { shift } from '@/lib/format/quantity'
import type { LedgerRow } from '@/lib/imports/ledger-row'
import { entryOf, type LedgerAmountUnit, type LedgerData, type LedgerEntry } from '@/lib/ledger-model'
import { userStore } from '@/lib/user-data'
import { usePendingLedger } from './store'

const EXP: Record<LedgerAmountUnit, number> = { 元: 0, 万元: 4, 亿元: 8 }

/** Rows of sheets in different units brought into one (the snapshot has one unit): an exact shift. */
export function entriesIn(rows: readonly LedgerRow[], unit: LedgerAmountUnit): LedgerEntry[] {
  return rows.map((r) => {
    const e = entryOf(r)
    const by = EXP[r.amountsUnit] - EXP[unit]
    if (by === 0) return e
    for (const k of ['total', 'plan', 'completed'] as const) {
      const v = e.fields[k]
      if (v !== undefined) e.fields[k] = shift(v, by)
    }
    return e
  })
}

export type SaveRequest = {
  reportId: string
  file: string
  sheet?: string | undefined
  asOf: string
  unit: LedgerAmountUnit
  rows: readonly LedgerRow[]
  /** field → header, the mapping used (kept with the snapshot). */
  mapping: Record<string, string>
  /** Mappings to remember, by header shape (shapeSignature id). */
  remember: Record<string, Record<string, string>>
  counts: { rows: number; accepted: number; rejected: number }
  /** The rows already in the snapshot's unit (the preview made them): not converted twice. */
  entries?: LedgerEntry[] | undefined
}

function guardUnload(e: BeforeUnloadEvent) {
  e.preventDefault()
}

/**
 * Shows the rows at once and writes them in the background: the snapshot appears in the store only
 * when every row is written (the store's own rule), and a failure keeps the rows on screen with the
 * reason. Closing the page while saving asks first.
 */
export async function saveLedger(req: SaveRequest): Promise<void> {
  const pending = usePendingLedger.getState()
  const data: LedgerData = {
    snapshot: {
      file: req.file,
      sheet: req.sheet,
      asOf: req.asOf,
      amountUnit: req.unit,
      mapping: req.mapping,
    },
    rows: req.entries ?? entriesIn(req.rows, req.unit),
  }
  pending.start(req.reportId, data)
  addEventListener('beforeunload', guardUnload)
  try {
    const store = await userStore()
    for (const [signature, mapping] of Object.entries(req.remember))
      await store.settings.rememberColumnMapping(signature, mapping)
    const { import: imp } = await store.ledger.import(
      {
        reportId: req.reportId,
        file: req.file,
        sheet: req.sheet,
        asOf: req.asOf,
        amountUnit: req.unit,
        mapping: req.mapping,
        counts: req.counts,
      },
      data.rows,
      {
        batchSize: 1000,
        onProgress: ({ written }) => usePendingLedger.getState().progress(req.reportId, written),
      },
    )
    usePendingLedger.getState().saved(req.reportId, imp.id)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    usePendingLedger.getState().failed(req.reportId, reason, () => void saveLedger(req))
  } finally {
    removeEventListener('beforeunload', guardUnload)
  }
}
