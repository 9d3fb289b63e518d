import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import type { Report } from '@/lib/dataset/schema'
import type { ActualsResult } from '@/lib/imports/actuals-book'
import type { ImportFile } from '@/lib/imports/client'
import type { RowIssue, Sheet } from '@/lib/imports/types'
import { importCandidatesOf } from '@/lib/monitoring/candidates'
import type { ActualValue } from '@/lib/store'
import { authorOrUndefined } from '@/lib/user-data/author'
import { userStore } from '@/lib/user-data/open'
import { actualsQueryOptions } from '@/lib/user-data/queries'
import { existingOf, importInputs, withImported } from '../model/import-rows'

/** Where the rows come from: a file read in a worker, or the entry grid (typed or pasted) on the page. */
type Origin = { kind: 'file'; file: ImportFile } | { kind: 'grid'; sheet: Sheet }

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'failed'; name: string; detail: string }
  | {
      step: 'preview'
      name: string
      origin: Origin['kind']
      result: ActualsResult
      sheets: number
      /** Take the file's figure where it differs from a kept one (the user's explicit choice). */
      replace: boolean
      /** How many figures differ from kept ones (rejected until the user chooses the file's). */
      conflicts: number
      saving: boolean
    }
  | { step: 'done'; name: string; importId: string; count: number; undone: boolean }

/** "This month" of the statistics: a period after it cannot have been published yet. */
function asOfNow(now = new Date()) {
  return { year: now.getFullYear(), month: now.getMonth() + 1 }
}

/** The grid's rows are numbered from 1 under its header; the reader counts the header as row 1. */
function gridRows(result: ActualsResult): ActualsResult {
  const shift = (i: RowIssue): RowIssue => (i.row > 0 ? { ...i, row: i.row - 1 } : i)
  return {
    sheets: result.sheets.map((s) => ({
      ...s,
      issues: s.issues.map(shift),
      rows: s.rows.map((r) => ({ ...r, source: { ...r.source, row: r.source.row - 1 } })),
    })),
    rows: result.rows.map((r) => ({ ...r, source: { ...r.source, row: r.source.row - 1 } })),
    issues: result.issues.map(shift),
  }
}

/**
 * One import at a time, from reading to undo: read (a file in a worker, or the grid on the page), show
 * the preview, re-read when the user chooses the file's figures over kept ones, write the accepted rows
 * as one batch, and offer its undo. Nothing is written before the user confirms.
 */
export function useImport(report: Report, kept: readonly ActualValue[]) {
  const client = useQueryClient()
  const [state, setState] = useState<ImportState>({ step: 'idle' })
  const origin = useRef<Origin | null>(null)
  const keptRef = useRef(kept)
  keptRef.current = kept

  const release = useCallback(() => {
    if (origin.current?.kind === 'file') origin.current.file.close()
    origin.current = null
  }, [])

  const read = useCallback(
    async (replace: boolean): Promise<ActualsResult> => {
      const opts = {
        candidates: importCandidatesOf(report),
        year: report.year,
        asOf: asOfNow(),
        existing: existingOf(keptRef.current),
        replaceExisting: replace,
      }
      const from = origin.current
      if (!from) throw new Error('nothing to read')
      if (from.kind === 'file') return from.file.actuals(opts)
      const { readActuals } = await import('@/lib/imports/actuals-book')
      return gridRows(readActuals({ sheets: [from.sheet] }, opts))
    },
    [report],
  )

  const preview = useCallback(
    async (name: string, sheets: number, replace: boolean) => {
      const result = await read(replace)
      // Conflicts are counted on a reading that rejects them, so the choice stays visible once made.
      const strict = replace ? await read(false) : result
      const conflicts = strict.issues.filter((i) => i.code === 'conflicts-existing').length
      setState({
        step: 'preview',
        name,
        origin: origin.current?.kind ?? 'file',
        result,
        sheets,
        replace,
        conflicts,
        saving: false,
      })
    },
    [read],
  )

  const openFile = useCallback(
    async (file: File) => {
      release()
      setState({ step: 'reading', name: file.name })
      try {
        const bytes = new Uint8Array(await file.arrayBuffer())
        const { openImportFile } = await import('@/lib/imports/client')
        const opened = await openImportFile(bytes, file.name)
        origin.current = { kind: 'file', file: opened }
        await preview(file.name, opened.opened.sheets.length, false)
      } catch (e) {
        release()
        setState({ step: 'failed', name: file.name, detail: e instanceof Error ? e.message : String(e) })
      }
    },
    [preview, release],
  )

  const openSheet = useCallback(
    async (sheet: Sheet, name: string) => {
      release()
      origin.current = { kind: 'grid', sheet }
      setState({ step: 'reading', name })
      try {
        await preview(name, 1, false)
      } catch (e) {
        release()
        setState({ step: 'failed', name, detail: e instanceof Error ? e.message : String(e) })
      }
    },
    [preview, release],
  )

  const setReplace = useCallback(
    async (replace: boolean) => {
      if (state.step !== 'preview') return
      await preview(state.name, state.sheets, replace)
    },
    [state, preview],
  )

  const confirm = useCallback(async () => {
    if (state.step !== 'preview') return
    setState({ ...state, saving: true })
    try {
      const store = await userStore()
      const rows = importInputs(report.id, state.result.rows, keptRef.current)
      const errors = state.result.issues.filter((i) => i.severity === 'error').length
      const sheetNames = [...new Set(state.result.rows.map((r) => r.source.sheet))]
      const record = await store.actuals.importRows(
        {
          reportId: report.id,
          file: state.name,
          sheet: sheetNames.length === 1 ? sheetNames[0] : undefined,
          counts: {
            rows: state.result.rows.length + errors,
            accepted: state.result.rows.length,
            rejected: errors,
          },
          by: authorOrUndefined(),
        },
        rows,
      )
      // The figures are on disk: show them now, from what was just written, instead of after reading
      // all of them back (the change notice re-reads them right after and replaces this, equal).
      client.setQueryData(
        actualsQueryOptions(report.id, 'real').queryKey,
        withImported(keptRef.current, rows, record),
      )
      release()
      setState({ step: 'done', name: state.name, importId: record.id, count: rows.length, undone: false })
    } catch (e) {
      setState({ step: 'failed', name: state.name, detail: e instanceof Error ? e.message : String(e) })
    }
  }, [state, report.id, release, client])

  const toggleUndo = useCallback(async () => {
    if (state.step !== 'done') return
    const store = await userStore()
    if (state.undone) await store.imports.redo(state.importId, authorOrUndefined())
    else await store.imports.undo(state.importId, authorOrUndefined())
    setState({ ...state, undone: !state.undone })
  }, [state])

  const reset = useCallback(() => {
    release()
    setState({ step: 'idle' })
  }, [release])

  return { state, openFile, openSheet, setReplace, confirm, toggleUndo, reset }
}
