import { useMemo } from 'react'
import { StatusBadge } from '@/components/status-badge'
import { sectorLabel } from '@/lib/dataset/labels'
import { SECTORS, type Sector } from '@/lib/dataset/taxonomy'
import { useT } from '@/lib/i18n'
import {
  type FacetCount,
  facetCounts,
  isGroupChosen,
  isJoinedFiltered,
  LIGHT_KEYS,
  lightOf,
  ORIGINS,
  PHASE_GROUPS,
  PHASES,
  type Phase,
  type PhaseGroup,
  townOf,
  unitOf,
} from '@/lib/ledger-model'
import { SearchField } from '../components/search-field'
import { useLatest } from '../components/use-projects-view'
import { toggle } from '../model/group'
import { CLEAR_JOINED } from '../model/joined-view'
import { FacetGroup } from './facet-group'
import { ledgerMessages } from './i18n'
import type { JoinedSearch } from './use-joined-view'

/** The joined list's filters. Counts come from the deferred filters: they follow the table. */
export function JoinedFilterBar({ search }: { search: JoinedSearch }) {
  const { t, lang } = useT(ledgerMessages)
  const { rows, update } = search
  const f = search.deferred.filters
  const now = search.filters
  const countLabel = (count: number) => t('filters.count', { count })
  const blank = (v: string) => (v === '' ? t('filters.blank') : v)
  // Counts follow the deferred filters (one pass per dimension); the ticks follow the URL at once.
  const counts = useMemo(
    () => ({
      light: facetCounts(rows, f, 'light', lightOf, f.light, LIGHT_KEYS),
      phase: facetCounts(rows, f, 'phase', (r) => r.phase, f.phase, PHASES),
      town: facetCounts(rows, f, 'town', (r) => (r.entry ? townOf(r) : null), f.town),
      unit: facetCounts(rows, f, 'unit', (r) => (r.entry ? unitOf(r) : null), f.unit),
      sector: facetCounts(rows, f, 'sector', (r) => r.sector, f.sector, SECTORS),
      from: facetCounts(rows, f, 'from', (r) => r.origin, f.from, ORIGINS),
    }),
    [rows, f],
  )
  const mark = <T extends string>(list: FacetCount<T>[], chosen: readonly T[]) => {
    const out = list.map((o) => ({ ...o, chosen: chosen.includes(o.value) }))
    for (const c of chosen)
      if (!list.some((o) => o.value === c)) out.push({ value: c, count: 0, chosen: true })
    return out
  }
  // Always the latest URL state (a memoised group may hold an older closure of this).
  const flip = useLatest(
    <K extends 'light' | 'phase' | 'town' | 'unit' | 'sector' | 'from'>(dim: K, v: string) =>
      update({ [dim]: toggle(now[dim] as readonly string[], v) }),
  )
  const setPhases = useLatest((phase: Phase[]) => update({ phase }))
  const onSearch = useLatest((q: string) => update({ q }))
  const phases = mark(counts.phase, now.phase)
  const phaseCount = new Map(phases.map((p) => [p.value, p.count]))
  const groups = (Object.keys(PHASE_GROUPS) as PhaseGroup[]).map((g) => ({
    g,
    count: PHASE_GROUPS[g].reduce((n, p) => n + (phaseCount.get(p) ?? 0), 0),
    chosen: isGroupChosen(g, now.phase),
  }))
  return (
    <form
      aria-label={t('filters.title')}
      className="flex flex-col gap-3 text-sm"
      onSubmit={(e) => e.preventDefault()}
    >
      <SearchField
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        value={now.q}
        onCommit={onSearch}
      />
      <FacetGroup
        legend={t('filters.light')}
        options={mark(counts.light, now.light).map((o) => ({
          ...o,
          label: (
            <StatusBadge
              light={o.value}
              noneText={t('filters.noLight')}
              className={o.chosen ? 'text-page' : ''}
            />
          ),
        }))}
        onToggle={(v) => flip('light', v)}
        countLabel={countLabel}
      />
      <FacetGroup
        legend={t('filters.phase')}
        options={phases.map((o) => ({ ...o, label: t(`phase.${o.value}`) }))}
        onToggle={(v) => flip('phase', v)}
        countLabel={countLabel}
      >
        <fieldset className="mb-1 flex flex-wrap gap-1" aria-label={t('filters.groups')}>
          {groups.map(({ g, count, chosen }) => (
            <button
              key={g}
              type="button"
              className="btn rounded-full"
              aria-pressed={chosen}
              disabled={count === 0 && !chosen}
              onClick={() => setPhases(chosen ? [] : [...PHASE_GROUPS[g]])}
            >
              {t(`group.${g}`)} <span className="tabular-nums">{count}</span>
            </button>
          ))}
        </fieldset>
      </FacetGroup>
      <FacetGroup
        legend={t('filters.town')}
        scroll
        options={mark(counts.town, now.town).map((o) => ({
          ...o,
          label: blank(o.value),
        }))}
        onToggle={(v) => flip('town', v)}
        countLabel={countLabel}
      />
      <FacetGroup
        legend={t('filters.unit')}
        scroll
        options={mark(counts.unit, now.unit).map((o) => ({
          ...o,
          label: blank(o.value),
        }))}
        onToggle={(v) => flip('unit', v)}
        countLabel={countLabel}
      />
      <FacetGroup
        legend={t('filters.sector')}
        options={mark(counts.sector, now.sector).map((o) => ({
          ...o,
          label: sectorLabel(o.value, lang),
        }))}
        onToggle={(v: Sector) => flip('sector', v)}
        countLabel={countLabel}
      />
      <FacetGroup
        legend={t('filters.from')}
        options={mark(counts.from, now.from).map((o) => ({
          ...o,
          label: t(`origin.${o.value}`),
        }))}
        onToggle={(v) => flip('from', v)}
        countLabel={countLabel}
      />
      <button
        type="button"
        className="btn self-start"
        disabled={!isJoinedFiltered(now)}
        onClick={() => update(CLEAR_JOINED)}
      >
        {t('filters.clear')}
      </button>
    </form>
  )
}
