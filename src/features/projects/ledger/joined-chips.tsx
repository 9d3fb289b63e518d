import { sectorLabel, stageLabel } from '@/lib/dataset/labels'
import { useT } from '@/lib/i18n'
import { culprits, type JoinedDimension, type JoinedFilters, type JoinedRow } from '@/lib/ledger-model'
import { statusMessages } from '@/lib/status/words'
import type { ProjectsState } from '../model/filter-spec'
import { CLEAR_JOINED } from '../model/joined-view'
import { type LT, ledgerMessages } from './i18n'

type Chip = { dim: JoinedDimension; label: string; patch: Partial<ProjectsState> }

/** Every active filter value as a chip that removes it (the URL is the one owner of them). */
export function chipsOf(
  f: JoinedFilters,
  t: LT,
  lang: 'zh' | 'en',
  lightWord: (l: 'red' | 'yellow' | 'green') => string,
): Chip[] {
  const blank = (v: string) => v || t('filters.blank')
  const without = <T,>(list: readonly T[], v: T) => list.filter((x) => x !== v)
  return [
    ...f.light.map((v) => ({
      dim: 'light' as const,
      label: `${t('filters.light')} = ${v === 'none' ? t('filters.noLight') : lightWord(v)}`,
      patch: { light: without(f.light, v) },
    })),
    ...f.phase.map((v) => ({
      dim: 'phase' as const,
      label: `${t('filters.phase')} = ${t(`phase.${v}`)}`,
      patch: { phase: without(f.phase, v) },
    })),
    ...f.town.map((v) => ({
      dim: 'town' as const,
      label: `${t('filters.town')} = ${blank(v)}`,
      patch: { town: without(f.town, v) },
    })),
    ...f.unit.map((v) => ({
      dim: 'unit' as const,
      label: `${t('filters.unit')} = ${blank(v)}`,
      patch: { unit: without(f.unit, v) },
    })),
    ...f.sector.map((v) => ({
      dim: 'sector' as const,
      label: `${t('filters.sector')} = ${sectorLabel(v, lang)}`,
      patch: { sector: without(f.sector, v) },
    })),
    ...f.stage.map((v) => ({
      dim: 'stage' as const,
      label: `${t('filters.stage')} = ${stageLabel(v, lang)}`,
      patch: { stage: without(f.stage, v) },
    })),
    ...f.from.map((v) => ({
      dim: 'from' as const,
      label: `${t('filters.from')} = ${t(`origin.${v}`)}`,
      patch: { from: without(f.from, v) },
    })),
    ...(f.q.trim()
      ? [{ dim: 'q' as const, label: `${t('filters.search')} = “${f.q.trim()}”`, patch: { q: '' } }]
      : []),
    ...(f.min !== null || f.max !== null
      ? [
          {
            dim: 'investment' as const,
            label: t('filters.range', { min: f.min ?? '', max: f.max ?? '' }),
            patch: { min: null, max: null },
          },
        ]
      : []),
    ...(f.sectorBasis !== 'any'
      ? [
          {
            dim: 'sectorBasis' as const,
            label: t(`filters.basis.sector.${f.sectorBasis}`),
            patch: { sectorBasis: 'any' as const },
          },
        ]
      : []),
    ...(f.stageBasis !== 'any'
      ? [
          {
            dim: 'stageBasis' as const,
            label: t(`filters.basis.stage.${f.stageBasis}`),
            patch: { stageBasis: 'any' as const },
          },
        ]
      : []),
  ]
}

export function JoinedChips({
  filters,
  update,
}: {
  filters: JoinedFilters
  update: (p: Partial<ProjectsState>) => void
}) {
  const { t, lang } = useT(ledgerMessages)
  const { t: ts } = useT(statusMessages)
  const chips = chipsOf(filters, t, lang, (l) => ts(`light.${l}`))
  if (!chips.length) return null
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-sm">
      <span className="text-muted" id="joined-chips-label">
        {t('chips.label')}
      </span>
      <ul aria-labelledby="joined-chips-label" className="flex flex-wrap gap-1.5">
        {chips.map((c) => (
          <li key={c.label}>
            <button
              type="button"
              className="btn rounded-full"
              aria-label={t('chips.remove', { label: c.label })}
              onClick={() => update(c.patch)}
            >
              {c.label} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link text-sm" onClick={() => update(CLEAR_JOINED)}>
        {t('filters.clear')}
      </button>
    </div>
  )
}

/** No project passes: which filters, and which one to drop to see some again. */
export function JoinedEmpty(p: {
  rows: readonly JoinedRow[]
  filters: JoinedFilters
  update: (patch: Partial<ProjectsState>) => void
}) {
  const { t, lang } = useT(ledgerMessages)
  const { t: ts } = useT(statusMessages)
  const chips = chipsOf(p.filters, t, lang, (l) => ts(`light.${l}`))
  const found = culprits(p.rows, p.filters)
  return (
    <div className="flex flex-col gap-2 text-sm" role="status">
      <p className="font-semibold">
        {t('empty.title', { clauses: chips.map((c) => c.label).join(t('empty.and')) })}
      </p>
      {found.length ? (
        <ul className="flex flex-col gap-1">
          {found.map(({ dim, count }) => {
            const drop = chips.filter((c) => c.dim === dim)
            const patch = Object.assign({}, ...drop.map((c) => c.patch)) as Partial<ProjectsState>
            const label = drop.map((c) => c.label).join(t('empty.and'))
            return (
              <li key={dim}>
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    p.update(
                      dim === 'light' ||
                        dim === 'phase' ||
                        dim === 'town' ||
                        dim === 'unit' ||
                        dim === 'sector' ||
                        dim === 'stage' ||
                        dim === 'from'
                        ? { [dim]: [] }
                        : patch,
                    )
                  }
                >
                  {t('empty.drop', { clause: label, count })}
                </button>
              </li>
            )
          })}
        </ul>
      ) : (
        <button type="button" className="link self-start" onClick={() => p.update(CLEAR_JOINED)}>
          {t('empty.clear')}
        </button>
      )}
    </div>
  )
}
