import { memo, type ReactNode } from 'react'
import { cx } from '@/lib/cx'

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
 * A choice that would show none is disabled (never hidden, so the list does not jump), unless chosen.
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
          const disabled = o.count === 0 && !o.chosen
          return (
            <label
              key={o.value || '_'}
              className={cx(
                'flex items-center gap-1 rounded border px-1.5 py-0.5 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus has-[:focus-visible]:outline-offset-2',
                o.chosen ? 'border-fg bg-fg text-page' : 'border-line',
                disabled ? 'cursor-not-allowed opacity-50' : 'cursor-pointer',
              )}
            >
              <input
                type="checkbox"
                className="sr-only"
                checked={o.chosen}
                disabled={disabled}
                onChange={() => onToggle(o.value)}
              />
              <span aria-hidden="true">{o.chosen ? '✓' : ''}</span>
              {o.label}
              <span className={cx('tabular-nums', o.chosen ? '' : 'text-muted')} aria-hidden="true">
                {o.count}
              </span>
              <span className="sr-only">{countLabel(o.count)}</span>
            </label>
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
