import { useId } from 'react'
import { sectorLabel, stageLabel } from '@/lib/dataset/labels'
import { SECTORS, type Sector, STAGES, type Stage } from '@/lib/dataset/taxonomy'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import { BASES, type Basis, CLEAR_FILTERS, hasRange, isFiltered } from '../model/filter-spec'
import { toggle } from '../model/group'
import { useDraft } from './use-draft'
import type { ProjectsSearch } from './use-projects-view'

type Props = { search: ProjectsSearch; statedInvestments: number }

/** The explorer's filters. Every control writes the URL; nothing here holds state of its own. */
export function FilterBar({ search, statedInvestments }: Props) {
  const { t, lang } = useT(messages)
  const { filters, update } = search
  return (
    <form
      aria-label={t('filters.title')}
      className="flex flex-col gap-3 text-sm"
      onSubmit={(e) => e.preventDefault()}
    >
      <SearchField value={filters.q} onCommit={(q) => update({ q })} />
      <CheckGroup
        legend={t('filters.sector')}
        options={SECTORS}
        label={(s) => sectorLabel(s, lang)}
        checked={filters.sector}
        onToggle={(s: Sector) => update({ sector: toggle(filters.sector, s) })}
      />
      <CheckGroup
        legend={t('filters.stage')}
        options={STAGES}
        label={(s) => stageLabel(s, lang)}
        checked={filters.stage}
        onToggle={(s: Stage) => update({ stage: toggle(filters.stage, s) })}
      />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-semibold">{t('filters.investment')}</legend>
        <div className="grid grid-cols-2 gap-2">
          <NumberField label={t('filters.min')} value={filters.min} onCommit={(min) => update({ min })} />
          <NumberField label={t('filters.max')} value={filters.max} onCommit={(max) => update({ max })} />
        </div>
        <label className="flex items-start gap-1.5">
          <input
            type="checkbox"
            className="mt-0.5"
            checked={filters.unstated === 'include'}
            disabled={!hasRange(filters)}
            onChange={(e) => update({ unstated: e.target.checked ? 'include' : 'exclude' })}
          />
          <span className={hasRange(filters) ? '' : 'text-muted'}>{t('filters.unstated')}</span>
        </label>
        <p className="text-muted text-xs">{t('filters.unstatedHint', { count: statedInvestments })}</p>
      </fieldset>
      <div className="grid grid-cols-2 gap-2">
        <BasisSelect
          label={t('filters.sectorBasis')}
          value={filters.sectorBasis}
          onChange={(sectorBasis) => update({ sectorBasis })}
        />
        <BasisSelect
          label={t('filters.stageBasis')}
          value={filters.stageBasis}
          onChange={(stageBasis) => update({ stageBasis })}
        />
      </div>
      <button
        type="button"
        className="btn self-start"
        disabled={!isFiltered(filters)}
        onClick={() => update(CLEAR_FILTERS)}
      >
        {t('filters.clear')}
      </button>
    </form>
  )
}

function CheckGroup<T extends string>(props: {
  legend: string
  options: readonly T[]
  label: (value: T) => string
  checked: readonly T[]
  onToggle: (value: T) => void
}) {
  return (
    <fieldset>
      <legend className="mb-1 font-semibold">{props.legend}</legend>
      <div className="flex flex-wrap gap-1">
        {props.options.map((o) => {
          const on = props.checked.includes(o)
          return (
            <label
              key={o}
              className={`flex cursor-pointer items-center gap-1 rounded border px-1.5 py-0.5 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus has-[:focus-visible]:outline-offset-2 ${
                on ? 'border-fg bg-fg text-page' : 'border-line'
              }`}
            >
              <input type="checkbox" className="sr-only" checked={on} onChange={() => props.onToggle(o)} />
              <span aria-hidden="true">{on ? '✓' : ''}</span>
              {props.label(o)}
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}

function SearchField({ value, onCommit }: { value: string; onCommit: (v: string) => void }) {
  const { t } = useT(messages)
  const { draft, setDraft, flush } = useDraft(value, onCommit)
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{t('filters.search')}</span>
      <input
        type="search"
        className="rounded border border-line bg-card px-2 py-1"
        placeholder={t('filters.searchPlaceholder')}
        maxLength={100}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && flush()}
        onBlur={flush}
      />
    </label>
  )
}

function NumberField(props: { label: string; value: number | null; onCommit: (v: number | null) => void }) {
  const text = props.value === null ? '' : String(props.value)
  const commit = (raw: string) => {
    const n = raw.trim() === '' ? null : Number(raw)
    if (n === null || (Number.isFinite(n) && n >= 0)) props.onCommit(n)
  }
  const { draft, setDraft, flush } = useDraft(text, commit, 400)
  const id = useId()
  return (
    <span className="flex min-w-0 flex-col gap-0.5">
      <label htmlFor={id} className="text-muted text-xs">
        {props.label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        className="w-full min-w-0 rounded border border-line bg-card px-1.5 py-0.5"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && flush()}
        onBlur={flush}
      />
    </span>
  )
}

function BasisSelect(props: { label: string; value: Basis; onChange: (b: Basis) => void }) {
  const { t } = useT(messages)
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{props.label}</span>
      <select
        className="rounded border border-line bg-card px-1 py-0.5"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as Basis)}
      >
        {BASES.map((b) => (
          <option key={b} value={b}>
            {t(`filters.basis.${b}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
