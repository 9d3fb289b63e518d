import { memo, useId } from 'react'
import { cx } from '@/lib/cx'
import { sectorLabel, stageGroupLabel, stageLabel } from '@/lib/dataset/labels'
import type { Sector } from '@/lib/dataset/taxonomy'
import { shift } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { moneyExp } from '@/lib/i18n/languages'
import { messages } from '../i18n'
import type { Facet, GroupFacet } from '../model/facets'
import { toggleGroup } from '../model/facets'
import { BASES, type Basis, CLEAR_FILTERS, hasRange, isFiltered } from '../model/filter-spec'
import { toggle } from '../model/group'
import { ChoiceChip } from './choice-chip'
import { SearchField } from './search-field'
import { useDraft } from './use-draft'
import { type ProjectsSearch, useLatest } from './use-projects-view'

type Props = {
  search: ProjectsSearch
  statedInvestments: number
  sectors: Facet<Sector>[]
  stages: GroupFacet[]
}

/**
 * The explorer's filters. Every control writes the URL; nothing here holds state of its own. Each
 * sector and stage shows how many projects it would show, and a choice that would show none is off.
 */
export function FilterBar({ search, statedInvestments, sectors, stages }: Props) {
  const { t, lang } = useT(messages)
  const { filters, update } = search
  // Amounts are typed in the reader's money unit (亿元 / CNY million); the URL keeps 亿元.
  const exp = moneyExp(lang)
  const toInput = (v: number | null) => (v === null ? null : shift(v, 8 - exp))
  const fromInput = (v: number | null) => (v === null ? null : shift(v, exp - 8))
  // One function each for the bar's life, so the fields below re-render only when their value does.
  const onSearch = useLatest((q: string) => update({ q }))
  const onMin = useLatest((v: number | null) => update({ min: fromInput(v) }))
  const onMax = useLatest((v: number | null) => update({ max: fromInput(v) }))
  const onUnstated = useLatest((include: boolean) => update({ unstated: include ? 'include' : 'exclude' }))
  const onSectorBasis = useLatest((sectorBasis: Basis) => update({ sectorBasis }))
  const onStageBasis = useLatest((stageBasis: Basis) => update({ stageBasis }))
  return (
    <form
      aria-label={t('filters.title')}
      className="flex flex-col gap-3 text-sm"
      onSubmit={(e) => e.preventDefault()}
    >
      <SearchField
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        value={filters.q}
        onCommit={onSearch}
      />
      <fieldset className="m-0 min-w-0 border-0 p-0">
        <legend className="mb-1 font-semibold">{t('filters.sector')}</legend>
        <div className="flex flex-wrap gap-1">
          {sectors.map((f) => (
            <Chip
              key={f.key}
              facet={f}
              label={sectorLabel(f.key, lang)}
              onToggle={() => update({ sector: toggle(filters.sector, f.key) })}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="m-0 min-w-0 border-0 p-0">
        <legend className="mb-1 font-semibold">{t('filters.stage')}</legend>
        <div className="flex flex-col gap-1.5">
          {stages.map((g) => (
            <div key={g.key} className="flex flex-col items-start gap-1" data-stage-group={g.key}>
              <button
                type="button"
                className={cx(
                  'flex items-center gap-1 rounded border px-1.5 py-0.5 font-semibold disabled:cursor-not-allowed disabled:opacity-45',
                  g.state === 'on' ? 'border-fg bg-fg text-page' : 'border-line',
                  g.state === 'mixed' && 'border-fg',
                )}
                aria-pressed={g.state === 'on' ? true : g.state === 'mixed' ? 'mixed' : false}
                disabled={g.disabled}
                title={t('filters.groupHint', {
                  group: stageGroupLabel(g.key, lang),
                  stages: g.stages.map((s) => stageLabel(s.key, lang)).join(' · '),
                })}
                onClick={() => update({ stage: toggleGroup(filters.stage, g.key) })}
              >
                {stageGroupLabel(g.key, lang)}
                <Count n={g.count} />
              </button>
              <div className="ml-1.5 flex flex-wrap gap-1 border-line border-l-2 pl-1.5">
                {g.stages.map((f) => (
                  <Chip
                    key={f.key}
                    facet={f}
                    label={stageLabel(f.key, lang)}
                    onToggle={() => update({ stage: toggle(filters.stage, f.key) })}
                  />
                ))}
              </div>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="m-0 flex min-w-0 flex-col gap-1 border-0 p-0">
        <legend className="mb-1 font-semibold">{t('filters.investment')}</legend>
        <div className="grid grid-cols-2 gap-2">
          <NumberField label={t('filters.min')} value={toInput(filters.min)} onCommit={onMin} />
          <NumberField label={t('filters.max')} value={toInput(filters.max)} onCommit={onMax} />
        </div>
        <UnstatedBox
          label={t('filters.unstated')}
          include={filters.unstated === 'include'}
          enabled={hasRange(filters)}
          onChange={onUnstated}
        />
        <p className="text-muted text-xs">{t('filters.unstatedHint', { count: statedInvestments })}</p>
      </fieldset>
      <div className="grid grid-cols-2 gap-2">
        <BasisSelect label={t('filters.sectorBasis')} value={filters.sectorBasis} onChange={onSectorBasis} />
        <BasisSelect label={t('filters.stageBasis')} value={filters.stageBasis} onChange={onStageBasis} />
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

/**
 * Two digits' room whatever the count (a report names fewer than 100 projects per choice): counts
 * change with every filter, a shared link's filters apply right after the prerendered list is taken
 * over, and a chip that narrowed would rewrap the chips after it (a layout shift, measured 0.02).
 * On a filtered link's first paint the number is left out (the box keeps its room) until the app
 * has counted (../model/first-paint.ts).
 */
function Count({ n }: { n: number }) {
  return (
    <span className="inline-block min-w-[2ch] text-end font-normal text-xs tabular-nums opacity-80">
      <span data-follows-query="none">{n}</span>
    </span>
  )
}

/** One sector or stage as a toggle chip with its count; off when it would show nothing. */
function Chip({ facet, label, onToggle }: { facet: Facet<string>; label: string; onToggle: () => void }) {
  return (
    <ChoiceChip checked={facet.selected} off={facet.disabled} onToggle={onToggle} choice={facet.key}>
      {label}
      <Count n={facet.count} />
    </ChoiceChip>
  )
}

/*
 * The fields below are memoised, like SearchField: React writes a field's type
 * and name again on every render of it, each write restyles it, and a filter change re-renders the bar.
 */

const NumberField = memo(function NumberField(props: {
  label: string
  value: number | null
  onCommit: (v: number | null) => void
}) {
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
})

const BasisSelect = memo(function BasisSelect(props: {
  label: string
  value: Basis
  onChange: (b: Basis) => void
}) {
  const { t } = useT(messages)
  return (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="font-semibold">{props.label}</span>
      <select
        className="min-w-0 rounded border border-line bg-card px-1 py-0.5"
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
})

const UnstatedBox = memo(function UnstatedBox(props: {
  label: string
  include: boolean
  enabled: boolean
  onChange: (include: boolean) => void
}) {
  return (
    <label className="flex items-start gap-1.5">
      <input
        type="checkbox"
        className="mt-0.5"
        checked={props.include}
        disabled={!props.enabled}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <span className={props.enabled ? '' : 'text-muted'}>{props.label}</span>
    </label>
  )
})
