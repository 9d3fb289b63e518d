import { useEffect, useRef } from 'react'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import type { Blank } from '../model/keys'

/**
 * The black (B / .) or white (W / ,) screen over everything: the audience looks at the speaker. Any
 * key (through the deck's keys) or a click anywhere brings the slide back.
 */
export function BlankScreen({ blank, onReturn }: { blank: Blank; onReturn: () => void }) {
  const { t } = useT(messages)
  const back = useRef(onReturn)
  back.current = onReturn
  useEffect(() => {
    const click = () => back.current()
    addEventListener('pointerdown', click)
    return () => removeEventListener('pointerdown', click)
  }, [])
  return (
    <div
      className="fixed inset-0 z-50 cursor-none"
      style={{ background: blank === 'black' ? '#000' : '#fff' }}
      data-blank={blank}
    >
      <p role="status" className="sr-only">
        {t(blank === 'black' ? 'chrome.black' : 'chrome.white')}
      </p>
    </div>
  )
}
