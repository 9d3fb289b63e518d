import type { ReactNode } from 'react'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import { type } from './type-scale'

const AUTO_CHOICES = [5, 10, 20, 30, 60] as const

type Props = {
  index: number
  total: number
  auto: number | null
  running: boolean
  paused: boolean
  pickerOpen: boolean
  onPrev: () => void
  onNext: () => void
  onPicker: () => void
  onHelp: () => void
  onPresenter: () => void
  onFullscreen: () => void
  onPrint: () => void
  onExit: () => void
  onAuto: (seconds: number | null) => void
  onResume: () => void
  onPause: () => void
  /** More actions (the PowerPoint export: ../pptx), placed before Print. */
  extra?: ReactNode
}

/** The presenter's bar under the slide (hidden in full screen when idle): stepping, the counter, auto-advance, picker, presenter view, keys, full screen, print, leave. */
export function Controls(p: Props) {
  const { t } = useT(messages)
  const choices: number[] = [...AUTO_CHOICES]
  if (p.auto !== null && !choices.includes(p.auto)) choices.unshift(p.auto)
  return (
    <nav
      aria-label={t('controls.label')}
      className={cx(
        type.ui,
        '[&_.btn]:text-[length:inherit] deck-controls flex flex-wrap items-center justify-between gap-2 border-line border-t px-[calc(var(--u)*3)] py-[calc(var(--u)*0.8)]',
      )}
    >
      <div className="flex items-center gap-2">
        <button
          type="button"
          className="btn"
          onClick={p.onPrev}
          disabled={p.index === 0}
          aria-label={t('controls.prev')}
        >
          ←
        </button>
        <span className="min-w-[5ch] text-center font-semibold tabular-nums" data-testid="deck-counter">
          <span aria-hidden="true">
            {p.index + 1} / {p.total}
          </span>
          <span className="sr-only">{t('deck.slideOf', { current: p.index + 1, total: p.total })}</span>
        </span>
        <button
          type="button"
          className="btn"
          onClick={p.onNext}
          disabled={p.index >= p.total - 1}
          aria-label={t('controls.next')}
        >
          →
        </button>
      </div>
      <div className="flex items-center gap-2" data-auto-control="">
        <label className="flex items-center gap-1">
          <span className="text-muted">{t('controls.autoLabel')}</span>
          <select
            className="btn"
            value={p.auto ?? ''}
            onChange={(e) => p.onAuto(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">{t('controls.autoOff')}</option>
            {choices.map((s) => (
              <option key={s} value={s}>
                {t('controls.seconds', { seconds: s })}
              </option>
            ))}
          </select>
        </label>
        {p.auto !== null && (
          <span role="status" className="flex items-center gap-2" data-testid="deck-auto">
            <span className={p.paused ? 'font-semibold text-warn-fg' : 'text-muted'}>
              {p.paused ? `⏸ ${t('controls.paused')}` : `▶ ${t('controls.autoEvery', { seconds: p.auto })}`}
            </span>
            <button type="button" className="btn" onClick={p.paused ? p.onResume : p.onPause}>
              {p.paused ? t('controls.resume') : t('controls.pause')}
            </button>
          </span>
        )}
      </div>
      <div className="flex items-center gap-2">
        <button type="button" className="btn" aria-expanded={p.pickerOpen} onClick={p.onPicker}>
          {t('controls.picker')}
        </button>
        <button type="button" className="btn" onClick={p.onPresenter}>
          {t('controls.presenter')}
        </button>
        <button type="button" className="btn" onClick={p.onHelp}>
          {t('controls.help')}
        </button>
        <button type="button" className="btn" onClick={p.onFullscreen}>
          {t('controls.fullscreen')}
        </button>
        {p.extra}
        <button type="button" className="btn" onClick={p.onPrint}>
          {t('controls.print')}
        </button>
        <button type="button" className="btn" onClick={p.onExit}>
          {t('controls.exit')}
        </button>
      </div>
    </nav>
  )
}
