import { useEffect, useRef, useState } from 'react'
import { useT } from '@/lib/i18n'
import { useLang, useTheme } from '@/lib/prefs/hooks'
import { shareUrl } from '@/lib/routes/share-url'
import { copyText } from './copy-text'
import { shareMessages } from './i18n'

type State = 'idle' | 'copied' | 'manual'

/**
 * 复制链接 in the header of every screen: the address of the view on screen with the reader's
 * language and theme, so a colleague opens the same thing as it looks here. Says "已复制链接"; where
 * the browser refuses to copy, shows the link selected in a field for Ctrl+C.
 */
export function ShareLink() {
  const { t } = useT(shareMessages)
  const { t: core } = useT()
  const lang = useLang()
  const theme = useTheme()
  const [state, setState] = useState<State>('idle')
  const [url, setUrl] = useState('')
  const field = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (state !== 'copied') return
    const timer = setTimeout(() => setState('idle'), 4000)
    return () => clearTimeout(timer)
  }, [state])
  // The field shows once it is rendered: select its text for Ctrl+C.
  useEffect(() => {
    if (state === 'manual') field.current?.select()
  }, [state])

  const copy = async () => {
    const link = shareUrl(location.href, { lang, theme })
    setUrl(link)
    setState((await copyText(link, field.current)) ? 'copied' : 'manual')
  }

  return (
    <span className="relative inline-flex items-center gap-2">
      <button type="button" className="btn" title={t('title')} onClick={() => void copy()}>
        {core('share.copy')}
      </button>
      <span role="status" className="font-semibold text-fg text-sm" data-testid="share-status">
        {state === 'copied' ? `✓ ${t('copied')}` : ''}
      </span>
      {/* Always in the DOM (hidden) so the copy command has a field to select; shown on refusal. */}
      <span
        hidden={state !== 'manual'}
        className="absolute top-full right-0 z-40 mt-1 flex w-[min(32rem,90vw)] flex-col gap-1 rounded border border-line bg-card p-2 text-sm shadow"
      >
        <label className="flex flex-col gap-1">
          <span>{t('manual')}</span>
          <input
            ref={field}
            readOnly
            value={url}
            aria-label={t('field')}
            className="btn w-full font-mono"
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        <button type="button" className="btn self-end" onClick={() => setState('idle')}>
          {t('close')}
        </button>
      </span>
    </span>
  )
}
