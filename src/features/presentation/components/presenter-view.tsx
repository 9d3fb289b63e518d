import { useCallback, useEffect, useState } from 'react'
import { cx } from '@/lib/cx'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { colon, langTag } from '@/lib/i18n/languages'
import { useDeck } from '../hooks/use-deck'
import { useDeckKeys } from '../hooks/use-deck-keys'
import { useDeckSync } from '../hooks/use-deck-sync'
import { messages } from '../i18n'
import type { Blank, DeckAction } from '../model/keys'
import { nextIndex } from '../model/keys'
import { slideNotes } from '../model/notes'
import type { UserFigures } from '../model/slides'
import { NotesList } from './notes-list'
import { SlidePreview } from './slide-preview'
import { slideTitle } from './slide-title'

const two = (n: number) => String(n).padStart(2, '0')
const elapsedText = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000))
  return `${Math.floor(s / 3600) ? `${Math.floor(s / 3600)}:` : ''}${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`
}

/** Ticks once a second (the clock and the elapsed time). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(id)
  }, [])
  return now
}

/**
 * The presenter's window (#/present?view=presenter): the current and the next slide, the current
 * slide's figures with their sources as notes, the elapsed time and the clock. It and the audience
 * window follow each other: a step or a blank screen in either shows in both.
 */
export function PresenterView({ report, user = {} }: { report: Report; user?: UserFigures }) {
  const { t, lang } = useT(messages)
  const deck = useDeck(report, user)
  const { slides, index, go } = deck
  const [blank, setBlank] = useState<Blank | null>(null)
  const [started, setStarted] = useState(() => Date.now())
  const now = useNow()
  const { connected } = useDeckSync(report.id, { index, ids: deck.ids, blank }, (s) => {
    if (s.index !== index || s.ids.join() !== deck.ids.join()) deck.show(s.ids, s.index)
    setBlank(s.blank)
  })

  const act = useCallback(
    (a: DeckAction) => {
      if (a.type === 'blank') return setBlank((b) => (b === a.blank ? null : a.blank))
      if (a.type === 'unblank') return setBlank(null)
      const to = nextIndex(index, slides.length, a)
      if (to !== index) go(to)
    },
    [index, slides.length, go],
  )
  // Here a key on a blanked audience screen steps as usual; B/W toggle the audience's screen.
  useDeckKeys(act)

  const current = slides[index]
  const next = slides[index + 1]
  const source = report.title[lang]
  const clock = new Intl.DateTimeFormat(langTag(lang), { hour: '2-digit', minute: '2-digit' }).format(now)
  const name = (i: number) => {
    const s = slides[i]
    return s ? slideTitle(s, t, lang, report.year) : ''
  }
  return (
    <div
      className="projector fixed inset-0 flex flex-col gap-3 overflow-auto bg-page p-4 text-fg text-lg"
      data-presenter=""
    >
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-bold text-2xl">
          {t('presenter.title')} · {report.title[lang]}
        </h1>
        <p
          role="status"
          className={cx('text-base', connected ? 'text-good' : 'text-muted')}
          data-testid="presenter-link"
        >
          {connected ? t('presenter.connected') : t('presenter.waiting')}
        </p>
      </header>
      <main className="grid min-h-0 flex-1 grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-4">
        <section aria-labelledby="presenter-current" className="flex min-w-0 flex-col gap-2">
          <h2
            id="presenter-current"
            className="flex items-baseline justify-between gap-2 font-semibold text-accent"
          >
            <span>
              {t('presenter.current')}
              {colon(lang)}
              {name(index)}
            </span>
            <span className="text-fg tabular-nums" data-testid="presenter-counter">
              {t('presenter.slideOf', { current: index + 1, total: slides.length })}
            </span>
          </h2>
          {current && <SlidePreview slide={current} report={report} source={source} />}
          <nav aria-label={t('controls.label')} className="flex flex-wrap gap-2">
            <button
              type="button"
              className="btn text-lg"
              onClick={() => act({ type: 'prev' })}
              disabled={index === 0}
            >
              ← {t('controls.prev')}
            </button>
            <button
              type="button"
              className="btn text-lg"
              onClick={() => act({ type: 'next' })}
              disabled={index >= slides.length - 1}
            >
              {t('controls.next')} →
            </button>
            <button
              type="button"
              className="btn text-lg"
              aria-pressed={blank === 'black'}
              onClick={() => act({ type: 'blank', blank: 'black' })}
            >
              {t('chrome.keys.black')}
            </button>
            <button
              type="button"
              className="btn text-lg"
              aria-pressed={blank === 'white'}
              onClick={() => act({ type: 'blank', blank: 'white' })}
            >
              {t('chrome.keys.white')}
            </button>
          </nav>
        </section>
        <div className="flex min-w-0 flex-col gap-3">
          <section aria-labelledby="presenter-next" className="flex flex-col gap-2">
            <h2 id="presenter-next" className="font-semibold text-muted">
              {t('presenter.next')}
              {colon(lang)}
              {next ? name(index + 1) : t('presenter.end')}
            </h2>
            {next && <SlidePreview slide={next} report={report} source={source} />}
          </section>
          <dl className="grid grid-cols-2 gap-2">
            <div className="rounded border border-line p-2">
              <dt className="text-muted">{t('presenter.elapsed')}</dt>
              <dd className="font-bold text-4xl tabular-nums" data-testid="presenter-elapsed">
                {elapsedText(now - started)}
              </dd>
            </div>
            <div className="rounded border border-line p-2">
              <dt className="text-muted">{t('presenter.clock')}</dt>
              <dd className="font-bold text-4xl tabular-nums">{clock}</dd>
            </div>
          </dl>
          <button type="button" className="btn self-start text-lg" onClick={() => setStarted(Date.now())}>
            {t('presenter.reset')}
          </button>
        </div>
      </main>
      <section aria-labelledby="presenter-notes" className="flex flex-col gap-2">
        <h2 id="presenter-notes" className="font-semibold text-accent">
          {t('presenter.notes')}
        </h2>
        {current && <NotesList notes={slideNotes(current)} report={report} />}
      </section>
    </div>
  )
}
