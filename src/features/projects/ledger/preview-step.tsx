import { useMemo, useState } from 'react'
import { ImportPreview } from '@/components/import'
import type { Report } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import type { LedgerResult } from '@/lib/imports/ledger-read'
import { joinProjects } from '@/lib/ledger-model'
import { ledgerMessages } from './i18n'
import { headersOf } from './mapping'
import { UNIT_KEY } from './mapping-step'
import type { Plan } from './plan'
import { entriesIn, saveLedger } from './save'

type Props = {
  report: Report
  plan: Plan
  result: LedgerResult
  onBack: () => void
  onCancel: () => void
  onConfirmed: () => void
}

const SAMPLE = 8
const MORE = 200

/** What the import will do: every row taken or not (and why), the matches with the report, confirm. */
export function PreviewStep({ report, plan, result, onBack, onCancel, onConfirmed }: Props) {
  const { t, lang } = useT(ledgerMessages)
  const [shown, setShown] = useState(SAMPLE)
  const entries = useMemo(() => entriesIn(result.rows, plan.unit), [result.rows, plan.unit])
  const joined = useMemo(
    () =>
      joinProjects({
        report,
        ledger: { snapshot: { file: plan.name, asOf: plan.asOf, amountUnit: plan.unit }, rows: entries },
      }),
    [report, plan, entries],
  )
  const matched = joined.rows.filter((r) => r.origin === 'both').length
  const confirm = () => {
    const used = plan.sheets.filter((s) => s.mapping.name !== undefined)
    const first = used[0]
    const sheetsWithRows = [...new Set(result.rows.map((r) => r.source.sheet))]
    const counts = result.sheets.reduce(
      (n, s) => ({
        rows: n.rows + s.counts.accepted + s.counts.rejected,
        accepted: n.accepted + s.counts.accepted,
        rejected: n.rejected + s.counts.rejected,
      }),
      { rows: 0, accepted: 0, rejected: 0 },
    )
    void saveLedger({
      reportId: report.id,
      file: plan.name,
      sheet: sheetsWithRows.length === 1 ? sheetsWithRows[0] : undefined,
      asOf: plan.asOf,
      unit: plan.unit,
      rows: result.rows,
      mapping: first ? headersOf(first.mapping, first.analysis.header.columns) : {},
      remember: Object.fromEntries(
        used.map((s) => [s.analysis.signature.id, headersOf(s.mapping, s.analysis.header.columns)]),
      ),
      counts,
      entries,
    })
    plan.file.close()
    onConfirmed()
  }
  const money = (v: number | undefined) => (v === undefined ? '—' : formatQuantity(v, plan.unit, lang))
  return (
    <ImportPreview
      file={plan.name}
      accepted={result.rows.length}
      issues={result.issues}
      sheets={result.sheets.length}
      onConfirm={confirm}
      onCancel={onCancel}
      options={
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <span>{t('preview.asOf', { date: plan.asOf })}</span>
          <span>{t('preview.unit', { unit: t(`unitName.${UNIT_KEY[plan.unit]}`) })}</span>
          <span>{t('preview.matched', { count: matched })}</span>
          {joined.proposals.length > 0 && (
            <span>{t('preview.proposals', { count: joined.proposals.length })}</span>
          )}
          <button type="button" className="link" onClick={onBack}>
            {t('preview.back')}
          </button>
        </div>
      }
    >
      {entries.length > 0 && (
        <div className="max-h-80 overflow-auto">
          <table className="w-full text-sm" aria-label={t('preview.sample')}>
            <caption className="text-left text-muted text-xs">
              {t('preview.sampleCaption', { shown: Math.min(shown, entries.length), total: entries.length })}
            </caption>
            <thead>
              <tr className="text-left text-muted">
                <th className="px-1 font-normal">{t('preview.row')}</th>
                <th className="px-1 font-normal">{t('field.name')}</th>
                <th className="px-1 font-normal">{t('field.sector')}</th>
                <th className="px-1 font-normal">{t('field.township')}</th>
                <th className="px-1 text-right font-normal">{t('field.planInvestment')}</th>
                <th className="px-1 text-right font-normal">{t('field.completedInvestment')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.slice(0, shown).map((e) => (
                <tr key={`${e.sheet}-${e.row}`} className="border-line border-t">
                  <td className="px-1 text-muted tabular-nums">{e.row}</td>
                  <td className="px-1">{e.name}</td>
                  <td className="px-1">{e.fields.industry ?? ''}</td>
                  <td className="px-1">{e.fields.township ?? ''}</td>
                  <td className="px-1 text-right tabular-nums">{money(e.fields.plan)}</td>
                  <td className="px-1 text-right tabular-nums">{money(e.fields.completed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown < entries.length && (
        <button type="button" className="link self-start text-sm" onClick={() => setShown((n) => n + MORE)}>
          {t('preview.more', { count: Math.min(MORE, entries.length - shown) })}
        </button>
      )}
    </ImportPreview>
  )
}
