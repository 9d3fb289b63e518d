import { memo, type ReactNode } from 'react'
import { cx } from '@/lib/cx'
import { ChoiceChip } from '../components/choice-chip'

export type FacetOption<T extends string> = { value: T; label: ReactNode; count: number; chosen: boolean }

type Props<T extends string> = {
  legend: string
  options: readonly FacetOption<T>[]
  onToggle: (value: T) => void
  /** Scroll a long list (townships, units) inside the filter panel. */
  scroll?: boolean
  /** Words for a screen reader: "12 个项目". */
  countLabel: (count: number) => string
  children?: ReactNode
}

/**
 * One filter dimension as chips, each with how many projects it would show given every other filter.
 * A choice that would show none is off (never hidden, so the list does not jump), unless chosen.
 */
function FacetGroupView<T extends string>({
  legend,
  options,
  onToggle,
  scroll,
  countLabel,
  children,
}: Props<T>) {
  return (
    <fieldset>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {children}
      <div className={cx('flex flex-wrap gap-1', scroll && 'max-h-44 overflow-y-auto')}>
        {options.map((o) => {
          return (
            <ChoiceChip
              key={o.value || '_'}
              checked={o.chosen}
              off={o.count === 0 && !o.chosen}
              onToggle={() => onToggle(o.value)}
            >
              {o.label}
              <span className={cx('tabular-nums', o.chosen ? '' : 'text-muted')} aria-hidden="true">
                {o.count}
              </span>
              <span className="sr-only">{countLabel(o.count)}</span>
            </ChoiceChip>
          )
        })}
      </div>
    </fieldset>
  )
}

const same = (a: readonly FacetOption<string>[], b: readonly FacetOption<string>[]) =>
  a.length === b.length &&
  a.every((o, i) => o.value === b[i]?.value && o.count === b[i]?.count && o.chosen === b[i]?.chosen)

/**
 * Re-rendered only when its choices, counts or ticks change: a filter change re-renders the one group
 * it touched, not a hundred chips. `onToggle` must always act on the latest state (the caller passes a
 * function that reads it through useLatest), since a skipped render keeps the previous one.
 */
export const FacetGroup = memo(
  FacetGroupView,
  (a, b) => a.legend === b.legend && a.scroll === b.scroll && same(a.options, b.options),
) as typeof FacetGroupView
