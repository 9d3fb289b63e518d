import { useEffect, useRef } from 'react'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import { moveSlide, toggleSlide } from '../model/selection'
import type { Slide } from '../model/slides'
import { slideTitle } from './slide-title'
import { type } from './type-scale'

type Props = {
  /** The report's plan year, for slide names that carry it. */
  year: number
  available: Slide[]
  ids: string[]
  defaults: string[]
  onChange: (ids: string[]) => void
  onClose: () => void
}

/** Which slides, in which order: checkboxes for the choice, up/down buttons for the order. */
export function Picker({ year, available, ids, defaults, onChange, onClose }: Props) {
  const { t, lang } = useT(messages)
  const root = useRef<HTMLDivElement>(null)
  const natural = available.map((s) => s.id as string)
  const byId = new Map(available.map((s) => [s.id as string, s]))
  // Chosen slides in their chosen order first, then the rest in the deck's natural order.
  const rows = [...ids, ...natural.filter((id) => !ids.includes(id))]

  useEffect(() => {
    root.current?.querySelector<HTMLElement>('input')?.focus()
  }, [])

  return (
    <div
      ref={root}
      role="dialog"
      aria-modal="false"
      aria-labelledby="deck-picker-title"
      data-deck-keys="off"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault() // closes the picker, does not leave the deck
          onClose()
        }
      }}
      className={cx(
        type.ui,
        'absolute top-0 right-0 bottom-0 z-20 flex w-[min(34rem,92vw)] flex-col gap-3 overflow-y-auto border-line border-l bg-page p-4',
      )}
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id="deck-picker-title" className="font-bold">
          {t('picker.title')}
        </h2>
        <span className="text-muted">{t('picker.count', { count: ids.length })}</span>
      </div>
      <ol className="flex flex-col gap-1">
        {rows.map((id) => {
          const slide = byId.get(id)
          if (!slide) return null
          const name = slideTitle(slide, t, lang, year)
          const on = ids.includes(id)
          const pos = ids.indexOf(id)
          return (
            <li key={id} className="flex items-center gap-2">
              <label className="flex flex-1 cursor-pointer items-center gap-2 py-1">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={on}
                  disabled={on && ids.length === 1}
                  onChange={() => onChange(toggleSlide(ids, id, natural))}
                />
                <span className={on ? '' : 'text-muted'}>
                  {on ? `${pos + 1}. ` : ''}
                  {name}
                </span>
              </label>
              <button
                type="button"
                className="btn"
                aria-label={t('picker.up', { name })}
                disabled={!on || pos === 0}
                onClick={() => onChange(moveSlide(ids, id, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                className="btn"
                aria-label={t('picker.down', { name })}
                disabled={!on || pos === ids.length - 1}
                onClick={() => onChange(moveSlide(ids, id, 1))}
              >
                ↓
              </button>
            </li>
          )
        })}
      </ol>
      <div className="mt-auto flex justify-between gap-2">
        <button type="button" className="btn" onClick={() => onChange(defaults)}>
          {t('picker.reset')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('picker.done')}
        </button>
      </div>
    </div>
  )
}
