import { useMemo } from 'react'
import { useLang } from '../prefs/hooks'
import { type Catalog, type CommonKey, commonCatalog } from './common'
import { type Lang, langTag } from './languages'

export { type Catalog, type CommonKey, defineCatalog, translateCommon } from './common'
export { formatList, LANGS, type Label, type Lang, readsSource } from './languages'

/** A message by key, in the current language. */
export type TFunction<K extends string = CommonKey> = (key: K, values?: Record<string, unknown>) => string

/**
 * The messages of a namespace in the reader's language: `useT()` for the shared words,
 * `useT(messages)` for a feature's own catalog (its i18n.ts).
 */
export function useT(): { t: TFunction<CommonKey>; lang: Lang }
export function useT<K extends string>(catalog: Catalog<K>): { t: TFunction<K>; lang: Lang }
export function useT(catalog: Catalog<string> = commonCatalog as Catalog<string>) {
  const lang = useLang()
  const t = useMemo<TFunction<string>>(
    () => (key, values) => catalog.translate(lang, key, values),
    [lang, catalog],
  )
  return { t, lang }
}

/**
 * Says the reader's language on <html>. Only when it changes: writing the attribute, even with the
 * value it has, makes the browser restyle and lay out the whole page again: ~8 ms at full
 * speed on #/projects, a 45 ms task under Lighthouse, while the app hydrated the prerendered screen.
 */
export function setLanguage(lang: Lang) {
  if (typeof document === 'undefined') return // the build-time prerender has no document
  const tag = langTag(lang)
  if (document.documentElement.lang !== tag) document.documentElement.lang = tag
}
