import { useT } from '@/lib/i18n'
import { chartMessages } from './i18n'

export type BarChoice = {
  /** React key and the group the choice selects. */
  id: string
  /** What the button says: group, series (when several) and value. */
  text: string
  pressed: boolean
  onSelect: () => void
}

/**
 * The keyboard and screen-reader path to what a bar click does: one toggle button per bar. SVG bars
 * are not focusable, so a chart whose bars can be clicked renders this list with them. It stays out
 * of sight until a keyboard user tabs into it (like a skip link), so the chart does not draw every
 * label twice for mouse users.
 */
export function BarSelect({ label, choices }: { label?: string | undefined; choices: BarChoice[] }) {
  const { t } = useT(chartMessages)
  if (!choices.length) return null
  // min-w-0: a fieldset is at least as wide as its content by default, so a chart of many bars would
  // widen the whole page through this hidden list.
  return (
    <fieldset
      className="m-0 min-w-0 sr-only border-0 p-0 focus-within:not-sr-only focus-within:flex focus-within:flex-wrap focus-within:items-center focus-within:gap-1"
      data-chart-select
    >
      <legend className="float-left mr-1 text-muted text-xs">{label ?? t('select')}</legend>
      {choices.map((c) => (
        <button
          key={c.id}
          type="button"
          className="btn text-xs"
          aria-pressed={c.pressed}
          onClick={c.onSelect}
        >
          {c.text}
        </button>
      ))}
    </fieldset>
  )
}
