import type { ReactNode } from 'react'
import { useId } from 'react'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'

type Props = {
  checked: boolean
  /** The choice would show nothing under the other filters: dimmed, and a click does nothing. */
  off: boolean
  onToggle: () => void
  /** `data-choice` on the chip, for the prerendered first paint and the tests. */
  choice?: string
  /** The choice's name and its count, after the tick. */
  children: ReactNode
}

/**
 * The chip's look follows its own state attributes: ticked (`aria-checked`), off (`aria-disabled`),
 * focused (the app's focus ring). Its classes never change, so a change of a chip is one write. An
 * off choice is faded, muted and dashed; pointed at or focused it is at full strength, still muted and
 * dashed, and says why (`data-off-hint`, src/styles.css).
 */
const CHIP = cx(
  'relative flex cursor-pointer items-center gap-1 rounded border border-line px-1.5 py-0.5 text-left',
  'aria-checked:border-fg aria-checked:bg-fg aria-checked:text-page',
  'aria-disabled:cursor-not-allowed aria-disabled:border-dashed aria-disabled:text-muted aria-disabled:opacity-45',
)

/**
 * One filter choice as a toggle chip: a button in the checkbox role, its name the choice and its count.
 * A filtered link re-counts every chip as the app takes the prerendered page over, so a chip's change
 * is written as little as can be, each write being a restyle (under Lighthouse's tracing, a JavaScript
 * stack taken from React's deep commit, about 0.3 ms each, measured; they were most of a filtered
 * link's blocking time):
 * - not an `<input type="checkbox">`, whose type and name React writes again on every render of it
 *   and as it hydrates it (65 writes on a filtered link for 20 chips); a button gets only what changed;
 * - its look follows its `aria-*` attributes rather than classes switched;
 * - off is `aria-disabled` (still found by keyboard and screen reader, which say it is unavailable and
 *   why) rather than `disabled`, whose `:disabled`/`:enabled` change restyles every element those
 *   pseudo-classes could match;
 * - the why is a description and a hint that never change, not a `title` switched on and off.
 */
export function ChoiceChip({ checked, off, onToggle, choice, children }: Props) {
  const { t } = useT(messages)
  const hint = useId()
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: a native box costs two restyles per render (above) */}
      <button
        type="button"
        role="checkbox"
        aria-checked={checked}
        aria-disabled={off || undefined}
        aria-describedby={off ? hint : undefined}
        className={CHIP}
        data-choice={choice}
        data-off-hint={t('filters.none')}
        // An off choice's click (or Space, or Enter) changes nothing.
        onClick={() => {
          if (!off) onToggle()
        }}
      >
        <span aria-hidden="true">{checked ? '✓' : ''}</span>
        {children}
      </button>
      {/* Why an off choice does nothing, as its description: the same words whether or not it is
          off, outside the chip, whose text is the choice and its count. */}
      <span id={hint} hidden>
        {t('filters.none')}
      </span>
    </>
  )
}
