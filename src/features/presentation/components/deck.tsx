import { type CSSProperties, useCallback, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { useLocation } from 'wouter'
import { IgnoredLinkNotice, ParamNotice } from '@/components/notice'
import { cx } from '@/lib/cx'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import { useHref } from '@/lib/routes/use-href'
import { useAutoAdvance } from '../hooks/use-auto-advance'
import { useDeck } from '../hooks/use-deck'
import { useDeckKeys } from '../hooks/use-deck-keys'
import { rememberPeer, useDeckSync } from '../hooks/use-deck-sync'
import { useFullscreen } from '../hooks/use-fullscreen'
import { useIdle } from '../hooks/use-idle'
import { messages } from '../i18n'
import { applyAction, type Chrome, INITIAL_CHROME } from '../model/chrome'
import { autoNextIndex, type DeckAction } from '../model/keys'
import { slideNotes } from '../model/notes'
import { slidesParam } from '../model/selection'
import type { UserFigures } from '../model/slides'
import { ExportPptxButton } from '../pptx/export-pptx-button'
import { BlankScreen } from './blank-screen'
import { Controls } from './controls'
import { HelpOverlay } from './help-overlay'
import { leaveDeck } from './leave-deck'
import { NotesList } from './notes-list'
import { Overlay } from './overlay'
import { Picker } from './picker'
import { slideTitle } from './slide-title'
import { SlideView } from './slide-view'
import { FRAME_UNIT, type } from './type-scale'

// Warm the chart slides' chunk so stepping onto them (or printing) does not wait for it.
// A failure here is only a missed head start: the slide itself reports it when shown.
const preloadCharts = () => {
  import('./slides/targets-slide').catch(() => {})
  import('./slides/projects-slide').catch(() => {})
}
const preloadLedgerChart = () => {
  import('./slides/ledger-slide').catch(() => {})
}

/**
 * The audience's deck: one slide at a time, filling the screen. The presenter's tools sit around it
 * and out of the audience's way: the control bar hides in full screen after 3 idle seconds, the keys
 * (?) and sources (S) are overlays, B/W blank the screen, and a presenter view in a second window
 * follows every step (and steers this one).
 */
export function Deck({ report, user = {} }: { report: Report; user?: UserFigures }) {
  const { t, lang } = useT(messages)
  const [, navigate] = useLocation()
  const href = useHref()
  const deck = useDeck(report, user)
  const { slides, index, go } = deck
  const [chrome, setChrome] = useState<Chrome>(INITIAL_CHROME)
  const [printing, setPrinting] = useState(false)
  const [blocked, setBlocked] = useState(false)
  const fullscreen = useFullscreen()
  const idle = useIdle(fullscreen.on)

  const advance = useCallback(() => go(autoNextIndex(index, slides.length)), [go, index, slides.length])
  const auto = useAutoAdvance(deck.auto, index, advance)

  useDeckSync(report.id, { index, ids: deck.ids, blank: chrome.blank }, (s) => {
    if (s.index !== index || s.ids.join() !== deck.ids.join()) deck.show(s.ids, s.index)
    setChrome((c) => (c.blank === s.blank ? c : { ...c, blank: s.blank }))
  })

  const act = useCallback(
    (action: DeckAction) => {
      const { chrome: next, effect } = applyAction(chrome, action, {
        index,
        count: slides.length,
        fullscreen: fullscreen.recently(),
      })
      setChrome(next)
      if (effect.type === 'go') go(effect.index)
      else if (effect.type === 'fullscreen') fullscreen.toggle()
      else if (effect.type === 'exit-fullscreen') fullscreen.exit()
      else if (effect.type === 'leave') leaveDeck(navigate)
    },
    [chrome, index, slides.length, go, navigate, fullscreen],
  )
  useDeckKeys(act, !printing, chrome.blank !== null)
  const close = () => setChrome((c) => ({ ...c, overlay: null }))

  const openPresenter = () => {
    const view = {
      slides: slidesParam(deck.ids, deck.defaults),
      slide: index + 1,
      view: 'presenter' as const,
    }
    const url = `${location.href.split('#')[0]}#${href(routes.present(view))}`
    const w = window.open(url, 'work-report-deck-presenter', 'popup,width=1280,height=800')
    setBlocked(!w)
    rememberPeer(w)
  }

  useEffect(preloadCharts, [])
  const hasLedger = Boolean(user.ledger)
  useEffect(() => {
    if (hasLedger) preloadLedgerChart()
  }, [hasLedger])

  // Print every chosen slide, one per page: the print button renders them all first; Ctrl+P gets
  // the same through beforeprint (charts then appear if their chunk is already loaded).
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true))
    const after = () => setPrinting(false)
    addEventListener('beforeprint', before)
    addEventListener('afterprint', after)
    return () => {
      removeEventListener('beforeprint', before)
      removeEventListener('afterprint', after)
    }
  }, [])
  const print = () => {
    setPrinting(true)
    // Give the chart slides a moment to measure and draw before the print snapshot.
    setTimeout(() => {
      window.print()
      setPrinting(false)
    }, 600)
  }

  const current = slides[index]
  const shown = printing ? slides : current ? [current] : []
  const hideChrome = fullscreen.on && idle && chrome.overlay !== 'picker'
  return (
    <div
      className={cx(
        'projector deck fixed inset-0 flex flex-col bg-page text-fg',
        hideChrome && 'cursor-none',
      )}
      style={{ '--u': FRAME_UNIT } as CSSProperties}
      data-printing={printing || undefined}
      data-fullscreen={fullscreen.on || undefined}
    >
      {/* For the presenter setting up, not the audience: full screen shows the slides only. */}
      {deck.rejected.length > 0 && !fullscreen.on && (
        <div className="deck-notice px-4 pt-2">
          <ParamNotice rejected={deck.rejected} />
        </div>
      )}
      {!fullscreen.on && <IgnoredLinkNotice className="deck-notice px-4 pt-2" />}
      <main className="relative min-h-0 flex-1 overflow-hidden">
        {/* Inside the landmark, so screen-reader users reach it with the slides (axe "region"). */}
        <h1 className="sr-only">
          {t('deck.label')} · {report.title[lang]}
        </h1>
        {shown.map((slide) => (
          <section
            key={slide.id}
            aria-roledescription="slide"
            aria-label={slideTitle(slide, t, lang, report.year)}
            data-slide={slide.id}
            className="deck-slide box-border h-full overflow-hidden px-[calc(var(--u)*5)] pt-[calc(var(--u)*3.5)] pb-[calc(var(--u)*3)]"
          >
            <SlideView slide={slide} report={report} source={report.title[lang]} />
          </section>
        ))}
        {!current && <p className="p-8">{t('deck.empty')}</p>}
        {chrome.counter && current && !printing && (
          <p
            className={cx(
              type.small,
              'deck-counter absolute right-[calc(var(--u)*2)] bottom-[calc(var(--u)*0.8)] text-muted tabular-nums',
            )}
            data-testid="deck-corner-counter"
            aria-hidden="true"
          >
            {index + 1} / {slides.length}
          </p>
        )}
        {chrome.overlay === 'help' && <HelpOverlay onClose={close} />}
        {chrome.overlay === 'sources' && current && (
          <Overlay
            title={t('chrome.sources')}
            closeLabel={t('chrome.sourcesClose')}
            onClose={close}
            testId="deck-sources"
          >
            <NotesList notes={slideNotes(current)} report={report} className={type.small} />
          </Overlay>
        )}
        {chrome.overlay === 'picker' && (
          <Picker
            year={report.year}
            available={deck.available}
            ids={deck.ids}
            defaults={deck.defaults}
            onChange={deck.setIds}
            onClose={close}
          />
        )}
      </main>
      {blocked && (
        <p role="alert" className="deck-notice px-4 py-1 text-danger">
          {t('chrome.presenterBlocked')}
        </p>
      )}
      {/* deck-controls: left out of print, where even an empty box after the last slide adds a page. */}
      <div
        className={cx(
          'deck-controls',
          fullscreen.on && 'absolute inset-x-0 bottom-0 z-10 bg-page',
          hideChrome && 'invisible',
        )}
      >
        <Controls
          index={index}
          total={slides.length}
          auto={deck.auto}
          running={auto.running}
          paused={auto.paused}
          pickerOpen={chrome.overlay === 'picker'}
          onPrev={() => act({ type: 'prev' })}
          onNext={() => act({ type: 'next' })}
          onPicker={() => setChrome((c) => ({ ...c, overlay: c.overlay === 'picker' ? null : 'picker' }))}
          onHelp={() => act({ type: 'help' })}
          onPresenter={openPresenter}
          onFullscreen={fullscreen.toggle}
          onPrint={print}
          onExit={() => leaveDeck(navigate)}
          onAuto={(s) => {
            deck.setAuto(s)
            auto.resume()
          }}
          onResume={auto.resume}
          onPause={auto.pause}
          extra={<ExportPptxButton report={report} slides={slides} />}
        />
      </div>
      {chrome.blank && <BlankScreen blank={chrome.blank} onReturn={() => act({ type: 'unblank' })} />}
    </div>
  )
}
