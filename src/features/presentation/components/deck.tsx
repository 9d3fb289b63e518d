import { type CSSProperties, useCallback, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { useLocation } from 'wouter'
import { ParamNotice } from '@/components/notice'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { useAutoAdvance } from '../hooks/use-auto-advance'
import { useDeck } from '../hooks/use-deck'
import { useDeckKeys } from '../hooks/use-deck-keys'
import { messages } from '../i18n'
import { autoNextIndex, type DeckAction, nextIndex } from '../model/keys'
import type { UserFigures } from '../model/slides'
import { ExportPptxButton } from '../pptx/export-pptx-button'
import { Controls } from './controls'
import { leaveDeck } from './leave-deck'
import { Picker } from './picker'
import { slideTitle } from './slide-title'
import { SlideView } from './slide-view'
import { FRAME_UNIT } from './type-scale'

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
  else void document.documentElement.requestFullscreen?.().catch(() => {})
}

// Warm the chart slides' chunk so stepping onto them (or printing) does not wait for it.
// A failure here is only a missed head start: the slide itself reports it when shown.
const preloadCharts = () => {
  import('./slides/targets-slide').catch(() => {})
  import('./slides/projects-slide').catch(() => {})
}
const preloadLedgerChart = () => {
  import('./slides/ledger-slide').catch(() => {})
}

export function Deck({ report, user = {} }: { report: Report; user?: UserFigures }) {
  const { t, lang } = useT(messages)
  const [, navigate] = useLocation()
  const deck = useDeck(report, user)
  const { slides, index, go } = deck
  const [pickerOpen, setPickerOpen] = useState(false)
  const [printing, setPrinting] = useState(false)

  const advance = useCallback(() => go(autoNextIndex(index, slides.length)), [go, index, slides.length])
  const auto = useAutoAdvance(deck.auto, index, advance)

  const act = useCallback(
    (action: DeckAction) => {
      if (action.type === 'fullscreen') return toggleFullscreen()
      if (action.type === 'exit') return pickerOpen ? setPickerOpen(false) : leaveDeck(navigate)
      const to = nextIndex(index, slides.length, action)
      if (to !== index) go(to)
    },
    [index, slides.length, go, navigate, pickerOpen],
  )
  useDeckKeys(act, !printing)

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
  return (
    <div
      className="projector deck fixed inset-0 flex flex-col bg-page text-fg"
      style={{ '--u': FRAME_UNIT } as CSSProperties}
      data-printing={printing || undefined}
    >
      {deck.rejected.length > 0 && (
        <div className="deck-notice px-4 pt-2">
          <ParamNotice rejected={deck.rejected} />
        </div>
      )}
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
            className="deck-slide box-border h-full overflow-hidden px-[calc(var(--u)*5)] pt-[calc(var(--u)*4)] pb-[calc(var(--u)*2.5)]"
          >
            <SlideView slide={slide} report={report} source={report.title[lang]} />
          </section>
        ))}
        {!current && <p className="p-8">{t('deck.empty')}</p>}
        {pickerOpen && (
          <Picker
            year={report.year}
            available={deck.available}
            ids={deck.ids}
            defaults={deck.defaults}
            onChange={deck.setIds}
            onClose={() => setPickerOpen(false)}
          />
        )}
      </main>
      <Controls
        index={index}
        total={slides.length}
        auto={deck.auto}
        running={auto.running}
        paused={auto.paused}
        pickerOpen={pickerOpen}
        onPrev={() => act({ type: 'prev' })}
        onNext={() => act({ type: 'next' })}
        onPicker={() => setPickerOpen((o) => !o)}
        onFullscreen={toggleFullscreen}
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
  )
}
