import { memo, type ReactNode, useId } from 'react'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import { useLatest } from './use-projects-view'

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
 * The chip's look follows its checkbox, the span's preceding sibling (`peer`): ticked, off, focused.
 * Its classes never change, so a change of a chip is one write to the checkbox. An off choice is
 * faded, muted and dashed; pointed at or focused it is at full strength (its ring too), still muted
 * and dashed, and says why (`data-off-hint`, src/styles.css).
 */
const CHIP = cx(
  'relative flex cursor-pointer items-center gap-1 rounded border border-line px-1.5 py-0.5',
  'peer-aria-checked:border-fg peer-aria-checked:bg-fg peer-aria-checked:text-page',
  'peer-aria-disabled:cursor-not-allowed peer-aria-disabled:border-dashed peer-aria-disabled:text-muted peer-aria-disabled:opacity-45',
  'peer-focus-visible:outline-3 peer-focus-visible:outline-focus peer-focus-visible:outline-offset-2',
)

/**
 * One filter choice as a toggle chip: a checkbox, out of sight, and the chip drawn after it. A filtered
 * link re-counts every chip as the app takes the prerendered page over, so a chip's change is written
 * once, to its checkbox: the chip's classes follow the checkbox through `peer-*` rules rather than
 * being rewritten; the focus ring is one of them, not a `:has()` rule that any change inside the chip
 * re-runs; an off choice is `aria-disabled` (still found by keyboard and screen reader, which say it
 * is unavailable and why) rather than `disabled`, whose `:disabled`/`:enabled` change restyles every
 * element those pseudo-classes could match; and the why is a description and a hint that never
 * change, not a `title` switched on and off. Each such write restyles, and under Lighthouse's
 * tracing costs a JavaScript stack: they were most of a filtered link's blocking time.
 */
export function ChoiceChip({ checked, off, onToggle, choice, children }: Props) {
  const { t } = useT(messages)
  const hint = useId()
  // One function for the chip's life, acting on the latest state: the box re-renders only when ticked
  // or turned off, whatever the caller passes.
  const toggle = useLatest(onToggle)
  return (
    <>
      {/* biome-ignore lint/a11y/noLabelWithoutControl: its checkbox is inside, in ChipBox */}
      <label className="flex" data-choice={choice}>
        <ChipBox checked={checked} off={off} onToggle={toggle} hint={hint} />
        <span className={CHIP} data-off-hint={t('filters.none')}>
          <span aria-hidden="true">{checked ? '✓' : ''}</span>
          {children}
        </span>
      </label>
      {/* Why an off choice does nothing, as its description: the same words whether or not it is
          off, and outside the label, whose text is the choice and its count. */}
      <span id={hint} hidden>
        {t('filters.none')}
      </span>
    </>
  )
}

/**
 * The chip's checkbox: a button in the checkbox role (ticked is `aria-checked`), re-rendered only
 * when it is ticked or turned off. Not an `<input type="checkbox">`: React writes an input's type and
 * name again whenever it renders it, as it hydrates it too, and each write restyles it. Under
 * Lighthouse's tracing each restyle from React's deep commit stack records that stack (about 0.3 ms
 * each, measured): a filtered link wrote 65 of them for its 20 chips as the app took the page over.
 * A button gets only the attributes that changed. The label around it clicks it, as it would a box.
 */
const ChipBox = memo(function ChipBox(p: {
  checked: boolean
  off: boolean
  onToggle: () => void
  hint: string
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a native box costs restyles per render (see above)
    <button
      type="button"
      role="checkbox"
      className="peer sr-only"
      aria-checked={p.checked}
      aria-disabled={p.off || undefined}
      aria-describedby={p.off ? p.hint : undefined}
      // An off choice's click (or Space, or Enter) changes nothing.
      onClick={() => {
        if (!p.off) p.onToggle()
      }}
    />
  )
})
