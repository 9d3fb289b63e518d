import type { Lang } from './languages'
import type common from './locales/zh.json'
import zh from './locales/zh.json?catalog'
import { type CompiledCatalogs, type MessageKey, registerCatalogs, type Translate } from './translate'

/** A namespace's catalogs, registered, with a translate function typed by the catalog's own keys. */
export type Catalog<K extends string> = { readonly ns: string; readonly translate: Translate<K> }

/**
 * Registers a namespace: `defineCatalog<typeof zhJson>('projects', { zh, en })`, where the type
 * argument is the Chinese catalog's JSON type (`import type zhJson from './locales/zh.json'`), so
 * every key a screen asks for is checked against the catalog by the compiler. A first-paint namespace
 * gives `en` as a loader (`() => import('./locales/en.json?catalog')`): see loadLanguage.
 */
export function defineCatalog<T>(ns: string, catalogs: CompiledCatalogs): Catalog<MessageKey<T>> {
  return { ns, translate: registerCatalogs<MessageKey<T>>(ns, catalogs) }
}

/** The app's shared words: navigation, errors, sector and stage names … */
export const commonCatalog = defineCatalog<typeof common>('common', {
  zh,
  // Not on the first paint: loaded when a reader picks English (loadLanguage).
  en: () => import('./locales/en.json?catalog'),
})
export type CommonKey = MessageKey<typeof common>

/** A shared message outside React (pure model code). */
export function translateCommon(lang: Lang, key: CommonKey, values?: Record<string, unknown>): string {
  return commonCatalog.translate(lang, key, values)
}
