import { type I18n, type Messages, setupI18n } from '@lingui/core'
import { LANGS, type Lang } from './languages'

// Lingui's runtime with catalogs compiled at build time (scripts/vite-plugin-catalog.ts): ~3 kB gzip
// on the first paint. Each namespace registers its catalogs when its module loads, so a lazy screen's
// strings arrive with its code. Messages are ICU MessageFormat. No React here: pure model code (CSV
// columns, sorting by a sector's name) translates through this module too.

/** The dotted ids of a catalog's messages, from the JSON's own type: `filters.sector` … */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessageKey<T[K]>}`
}[keyof T & string]

export type CompiledCatalogs = Record<Lang, Record<string, unknown>>
export type Translate<K extends string> = (lang: Lang, key: K, values?: Record<string, unknown>) => string

const instances = Object.fromEntries(
  LANGS.map((lang) => [lang, setupI18n({ locale: lang, messages: { [lang]: {} } })]),
) as Record<Lang, I18n>

/** Adds a namespace's messages (ids become `ns.key`) and returns its typed translate function. */
export function registerCatalogs<K extends string>(ns: string, catalogs: CompiledCatalogs): Translate<K> {
  for (const lang of LANGS) {
    const prefixed: Messages = {}
    for (const [id, message] of Object.entries(catalogs[lang]))
      prefixed[`${ns}.${id}`] = message as Messages[string]
    instances[lang].load(lang, prefixed)
  }
  // No fallback to another language: a test holds every catalog pair to the same keys, so a missing
  // message is a bug to see, not a Chinese word to slip into an English screen.
  return (lang, key, values) => instances[lang]._(`${ns}.${key}`, values)
}
