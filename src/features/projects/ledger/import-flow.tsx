import { useEffect, useRef, useState } from 'react'
import { FileDrop, prewarmImport } from '@/components/import'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { IMPORT_ACCEPT } from '@/lib/imports/accept'
import type { Progress } from '@/lib/imports/client'
import type { LedgerAnalysis } from '@/lib/imports/ledger-analyze'
import type { LedgerResult } from '@/lib/imports/ledger-read'
import { userStore } from '@/lib/user-data'
import { ledgerMessages } from './i18n'
import { asOfDate, columnsOf } from './mapping'
import { MappingStep } from './mapping-step'
import type { Plan, SheetPlan } from './plan'
import { PreviewStep } from './preview-step'

type Step =
  | { step: 'idle' }
  | { step: 'reading'; name: string; done?: number; total?: number }
  | { step: 'mapping'; plan: Plan }
  | { step: 'preview'; plan: Plan; result: LedgerResult }
  | { step: 'failed'; name: string; detail: string }

/**
 * Importing a ledger: choose or drop a file → it is read in a worker → the column mapping (guessed, or
 * remembered for a file of this shape) with the unit and the as-of date → a preview naming every row
 * not taken → confirm. A remembered shape with a stated date goes straight to the preview.
 */
export function LedgerImport({
  report,
  onClose,
  warmOnShow = true,
}: {
  report: Report
  onClose: () => void
  /**
   * Start the reader's worker (SheetJS, ~140 kB gzip) as this shows, while the user chooses a file:
   * for an import the user asked for. The offer shown on every visit without a ledger leaves it to
   * the drop zone, which starts it when pointed at, focused or dragged over (FileDrop).
   */
  warmOnShow?: boolean
}) {
  const { t } = useT(ledgerMessages)
  const [step, setStep] = useState<Step>({ step: 'idle' })
  useEffect(() => {
    if (warmOnShow) prewarmImport()
  }, [warmOnShow])
  const close = () => {
    if (step.step === 'mapping' || step.step === 'preview') step.plan.file.close()
    setStep({ step: 'idle' })
    onClose()
  }

  // The rows are read with the guessed mapping as soon as the mapping step shows, while the user checks
  // it: unchanged, the preview is then ready (or nearly) when asked for. A changed mapping reads again.
  const ahead = useRef<{ key: string; result: Promise<LedgerResult> } | null>(null)
  const onProgress = useRef<(p: Progress) => void>(() => {})
  const readRows = (plan: Plan): Promise<LedgerResult> => {
    const mappings = Object.fromEntries(plan.sheets.map((s) => [s.analysis.sheet, s.mapping]))
    const key = JSON.stringify([mappings, plan.unit])
    if (ahead.current?.key === key && ahead.current.result) return ahead.current.result
    const result = plan.file.ledger({ mappings, amountsUnit: plan.unit }, (p) => onProgress.current(p))
    ahead.current = { key, result }
    return result
  }
  const read = async (plan: Plan) => {
    setStep({ step: 'reading', name: plan.name })
    onProgress.current = ({ done, total }) => setStep({ step: 'reading', name: plan.name, done, total })
    const result = await readRows(plan)
    onProgress.current = () => {}
    setStep({ step: 'preview', plan, result })
  }
  const showMapping = (plan: Plan) => {
    setStep({ step: 'mapping', plan })
    readRows(plan).catch(() => {}) // a failure shows when the preview is asked for
  }

  const open = async (f: File) => {
    setStep({ step: 'reading', name: f.name })
    try {
      const bytes = new Uint8Array(await f.arrayBuffer())
      const { openImportFile } = await import('@/lib/imports/client')
      const file = await openImportFile(bytes, f.name)
      const fatal = file.opened.issues.find((i) => i.severity === 'error' && i.row === 0)
      if (fatal && file.opened.sheets.length === 0) {
        file.close()
        const detail = String(
          fatal.params?.detail ?? t(`import.fatal.${fatal.code === 'empty-file' ? 'empty' : 'unreadable'}`),
        )
        return setStep({ step: 'failed', name: f.name, detail })
      }
      const analyses = (await file.analyzeLedger()).filter((a): a is LedgerAnalysis => a !== null)
      const store = await userStore()
      const sheets: SheetPlan[] = []
      for (const analysis of analyses) {
        const kept = await store.settings.columnMapping(analysis.signature.id)
        const mapping = kept ? columnsOf(kept, analysis.header.columns) : null
        sheets.push({ analysis, mapping: mapping ?? analysis.guess.mapping, remembered: mapping !== null })
      }
      const ledgers = sheets.filter((s) => s.mapping.name !== undefined)
      if (ledgers.length === 0) {
        file.close()
        return setStep({ step: 'failed', name: f.name, detail: t('import.fatal.noLedger') })
      }
      const first = ledgers[0]?.analysis
      const plan: Plan = {
        name: f.name,
        file,
        sheets,
        unit: first?.amounts.unit ?? '万元',
        asOf: asOfDate(first?.asOf, report.year),
        asOfFrom: first?.asOf,
        yearAssumed: first?.asOf !== undefined && first.asOf.year === undefined,
      }
      // The same shape as a file confirmed before, and a date the file states: nothing to ask.
      ahead.current = null
      if (ledgers.every((s) => s.remembered) && plan.asOf && !plan.yearAssumed) return read(plan)
      showMapping(plan)
    } catch (error) {
      setStep({
        step: 'failed',
        name: f.name,
        detail: error instanceof Error ? error.message : String(error),
      })
    }
  }

  switch (step.step) {
    case 'idle':
    case 'failed':
      return (
        <div className="flex flex-col gap-2">
          <FileDrop accept={IMPORT_ACCEPT} types={t('import.types')} onFile={(f) => void open(f)} />
          {step.step === 'failed' && (
            <p role="alert" className="text-danger text-sm">
              {t('import.failed', { name: step.name, detail: step.detail })}
            </p>
          )}
        </div>
      )
    case 'reading':
      return <Reading name={step.name} done={step.done} total={step.total} />
    case 'mapping':
      return (
        <MappingStep
          plan={step.plan}
          onChange={(plan) => setStep({ step: 'mapping', plan })}
          onPreview={(plan) =>
            void read(plan).catch((e) => setStep({ step: 'failed', name: plan.name, detail: String(e) }))
          }
          onCancel={close}
        />
      )
    case 'preview':
      return (
        <PreviewStep
          report={report}
          plan={step.plan}
          result={step.result}
          onBack={() => setStep({ step: 'mapping', plan: step.plan })}
          onCancel={close}
          onConfirmed={close}
        />
      )
  }
}

function Reading({
  name,
  done,
  total,
}: {
  name: string
  done?: number | undefined
  total?: number | undefined
}) {
  const { t } = useT(ledgerMessages)
  return (
    <div className="flex flex-col gap-1 text-sm" role="status" aria-live="polite">
      <span>
        {done === undefined
          ? t('import.reading', { name })
          : t('import.checking', { name, done, total: total ?? done })}
      </span>
      <progress
        className="h-2 w-full"
        aria-label={t('import.progress')}
        {...(done === undefined ? {} : { value: done, max: total ?? done })}
      />
    </div>
  )
}
