import { useId } from 'react'
import { useT } from '@/lib/i18n'
import type { AmountsUnit } from '@/lib/imports/ledger-analyze'
import { LEDGER_FIELDS, type LedgerField } from '@/lib/imports/ledger-fields'
import { ledgerMessages } from './i18n'
import type { Plan, SheetPlan } from './plan'

const UNITS: AmountsUnit[] = ['万元', '亿元', '元']
/** The catalog's key for each unit's name (万元 reads "CNY 10,000" in English). */
export const UNIT_KEY = { 元: 'yuan', 万元: 'wan', 亿元: 'yi' } as const

type Props = {
  plan: Plan
  onChange: (plan: Plan) => void
  onPreview: (plan: Plan) => void
  onCancel: () => void
}

/**
 * Which column holds what, for every sheet that looks like a ledger: the reader's guess (or the
 * mapping confirmed for a file of this shape before), each field correctable; the amounts' unit and
 * the as-of date, each saying where it was read or that it must be given.
 */
export function MappingStep({ plan, onChange, onPreview, onCancel }: Props) {
  const { t } = useT(ledgerMessages)
  const dateId = useId()
  const unitId = useId()
  const setSheet = (i: number, next: SheetPlan) =>
    onChange({ ...plan, sheets: plan.sheets.map((s, j) => (j === i ? next : s)) })
  const first = plan.sheets.find((s) => s.mapping.name !== undefined)?.analysis
  const amountsFrom = first?.amounts
  const missingName = plan.sheets.every((s) => s.mapping.name === undefined)
  return (
    <section className="card flex flex-col gap-3 p-3" aria-labelledby={`${dateId}-title`}>
      <h2 id={`${dateId}-title`} className="font-semibold text-base">
        {t('mapping.title', { file: plan.name })}
      </h2>
      <p className="text-muted text-sm">{t('mapping.intro')}</p>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="flex flex-col gap-1" htmlFor={dateId}>
          <span className="font-semibold">{t('mapping.asOf')}</span>
          <input
            id={dateId}
            type="date"
            required
            className="rounded border border-line bg-card px-2 py-1"
            value={plan.asOf}
            onChange={(e) => onChange({ ...plan, asOf: e.target.value, yearAssumed: false })}
          />
        </label>
        <p className="max-w-md text-muted">
          {plan.asOfFrom
            ? t(plan.yearAssumed ? 'mapping.asOfYearAssumed' : 'mapping.asOfRead', {
                text: plan.asOfFrom.text,
                row: plan.asOfFrom.row,
                from: plan.asOfFrom.from,
              })
            : t('mapping.asOfMissing')}
        </p>
        <label className="flex flex-col gap-1" htmlFor={unitId}>
          <span className="font-semibold">{t('mapping.unit')}</span>
          <select
            id={unitId}
            className="rounded border border-line bg-card px-2 py-1"
            value={plan.unit}
            onChange={(e) => onChange({ ...plan, unit: e.target.value as AmountsUnit })}
          >
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`unitName.${UNIT_KEY[u]}`)}
              </option>
            ))}
          </select>
        </label>
        {amountsFrom && (
          <p className="max-w-md text-muted">
            {t(`mapping.unitFrom.${amountsFrom.from}`, {
              unit: t(`unitName.${UNIT_KEY[amountsFrom.unit]}`),
              row: amountsFrom.row ?? 0,
            })}
          </p>
        )}
      </div>
      {plan.sheets.map((s, i) => (
        <SheetMapping key={s.analysis.sheet} sheet={s} onChange={(next) => setSheet(i, next)} />
      ))}
      {missingName && (
        <p role="alert" className="text-danger text-sm">
          {t('mapping.needName')}
        </p>
      )}
      <div className="flex gap-2">
        <button
          type="button"
          className="btn bg-fg text-page"
          disabled={!plan.asOf || missingName}
          onClick={() => onPreview(plan)}
        >
          {t('mapping.preview')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('mapping.cancel')}
        </button>
      </div>
    </section>
  )
}

function SheetMapping({ sheet, onChange }: { sheet: SheetPlan; onChange: (s: SheetPlan) => void }) {
  const { t } = useT(ledgerMessages)
  const { analysis, mapping } = sheet
  const confidence = new Map(analysis.guess.guesses.map((g) => [g.field, g.confidence]))
  const columns = analysis.header.columns.filter((c) => c.parts.length > 0)
  const set = (field: LedgerField, col: number | undefined) => {
    const next = { ...mapping }
    // One column per field: a column taken by another field is freed for this one.
    for (const f of LEDGER_FIELDS) if (col !== undefined && next[f] === col) delete next[f]
    if (col === undefined) delete next[field]
    else next[field] = col
    onChange({ ...sheet, mapping: next, remembered: false })
  }
  const headerRows = analysis.header.rows.map((r) => r + 1).join('–')
  return (
    <fieldset className="flex flex-col gap-2 rounded border border-line p-2" data-sheet={analysis.sheet}>
      <legend className="px-1 font-semibold text-sm">
        {t('mapping.sheet', { sheet: analysis.sheet, rows: headerRows })}
        {sheet.remembered && <span className="badge ms-2">{t('mapping.remembered')}</span>}
      </legend>
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-muted">
            <th className="px-1 font-normal">{t('mapping.field')}</th>
            <th className="px-1 font-normal">{t('mapping.column')}</th>
            <th className="px-1 font-normal">{t('mapping.how')}</th>
          </tr>
        </thead>
        <tbody>
          {LEDGER_FIELDS.map((field) => {
            const col = mapping[field]
            const conf = confidence.get(field)
            const how =
              col === undefined
                ? t('mapping.howNone')
                : sheet.remembered
                  ? t('mapping.howRemembered')
                  : conf === undefined || analysis.guess.mapping[field] !== col
                    ? t('mapping.howUser')
                    : conf >= 0.9
                      ? t('mapping.howSure')
                      : t('mapping.howCheck', { pct: Math.round(conf * 100) })
            return (
              <tr key={field} className="border-line border-t">
                <th scope="row" className="px-1 py-0.5 text-left font-normal">
                  {t(`field.${field}`)}
                </th>
                <td className="px-1 py-0.5">
                  <select
                    aria-label={t('mapping.columnFor', { field: t(`field.${field}`) })}
                    className="w-full max-w-xs rounded border border-line bg-card px-1 py-0.5"
                    value={col === undefined ? '' : String(col)}
                    onChange={(e) => set(field, e.target.value === '' ? undefined : Number(e.target.value))}
                  >
                    <option value="">{t('mapping.noColumn')}</option>
                    {columns.map((c) => (
                      <option key={c.col} value={String(c.col)}>
                        {c.letter} · {c.text}
                      </option>
                    ))}
                  </select>
                </td>
                <td
                  className={`px-1 py-0.5 ${col !== undefined && conf !== undefined && conf < 0.9 ? 'text-bad' : 'text-muted'}`}
                >
                  {how}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </fieldset>
  )
}
