import { useState } from 'react'
import { loadCode } from '@/lib/code-load'
import type { Report } from '@/lib/dataset/schema'
import { downloadBlob } from '@/lib/export/download'
import { useT } from '@/lib/i18n'
import type { Slide } from '../model/slides'
import { pptxMessages } from './i18n'
import { pptxDeck } from './model'

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; reason: string }

/**
 * 导出 PPT: the slides the presenter has chosen, in their order, as an editable PowerPoint file. The
 * writer and pptxgenjs (~130 kB gzip) load only on this click, through loadCode (a failed load says so).
 */
export function ExportPptxButton({ report, slides }: { report: Report; slides: readonly Slide[] }) {
  const { t, lang } = useT(pptxMessages)
  const [state, setState] = useState<State>({ kind: 'idle' })
  const run = async () => {
    setState({ kind: 'working' })
    try {
      const { writePptx } = await loadCode(() => import('./write-pptx'))
      const deck = pptxDeck(report, slides, lang, new Date())
      downloadBlob(await writePptx(deck), deck.name)
      setState({ kind: 'done', name: deck.name })
    } catch (e) {
      setState({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) })
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="btn"
        title={t('buttonTitle')}
        disabled={state.kind === 'working' || slides.length === 0}
        onClick={() => void run()}
      >
        {t('button')}
      </button>
      <span role="status" className="text-muted" data-testid="pptx-status">
        {state.kind === 'working' && t('working')}
        {state.kind === 'done' && t('done', { name: state.name })}
        {state.kind === 'failed' && (
          <span className="text-danger">{t('failed', { reason: state.reason })}</span>
        )}
      </span>
    </span>
  )
}
