import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import { KEY_HELP } from '../model/keys'
import { Overlay } from './overlay'

/** The deck's keys (?), for the presenter: the title slide no longer carries them for the audience. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useT(messages)
  return (
    <Overlay title={t('chrome.help')} closeLabel={t('chrome.helpClose')} onClose={onClose} testId="deck-help">
      <dl className="grid grid-cols-[auto_1fr] gap-x-[calc(var(--u)*3)] gap-y-[calc(var(--u)*0.7)]">
        {KEY_HELP.map((k) => (
          <div key={k.action} className="contents">
            <dt className="flex flex-wrap gap-1">
              {k.keys.map((key) => (
                <kbd key={key} className="rounded border border-line px-2 font-mono">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd>{t(`chrome.keys.${k.action}`)}</dd>
          </div>
        ))}
      </dl>
    </Overlay>
  )
}
