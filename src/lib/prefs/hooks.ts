import { useEffect, useSyncExternalStore } from 'react'
import type { Lang } from '../i18n/languages'
import { languageReady, loadLanguage, onLanguageLoaded } from '../i18n/translate'
import { DEFAULT_PREFS, usePrefs } from './store'

// The language a render without a browser speaks (the build renders each screen in every language),
// and the one a hydration starts from: the reader's, which the prerendered HTML it takes over is in.
let serverLang: Lang | null = null
export function setServerLang(lang: Lang | null) {
  serverLang = lang
}
const chosenLang = () => usePrefs.getState().lang
const renderedLang = () => serverLang ?? usePrefs.getState().lang

/**
 * The language the screens speak: the reader's choice once its messages are here (the first paint
 * carries only the default language's; another loads when chosen, and boot waits for it before the
 * first render), the default language for the moment in between.
 */
export function useLang() {
  const lang = useSyncExternalStore(usePrefs.subscribe, chosenLang, renderedLang)
  const ready = useSyncExternalStore(
    onLanguageLoaded,
    () => languageReady(lang),
    () => languageReady(lang),
  )
  useEffect(() => {
    if (!ready) loadLanguage(lang).catch((e: unknown) => console.warn('messages unavailable:', e))
  }, [lang, ready])
  return ready ? lang : DEFAULT_PREFS.lang
}

export const useTheme = () => usePrefs((s) => s.theme)
