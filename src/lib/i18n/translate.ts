import { ownValue } from '../own'
import { formatMessage } from './interpolate'
import { LANGS, type Lang } from './languages'

// Catalogs compiled at build time (scripts/vite-plugin-catalog.ts) and a small runtime for them
// (./interpolate.ts), on the first paint. Each namespace registers its catalogs when its module loads, so a lazy screen's
// strings arrive with its code. Messages are ICU MessageFormat. No React here: pure model code (CSV
// columns, sorting by a sector's name) translates through this module too.

/** The dotted ids of a catalog's messages, from the JSON's own type: `filters.sector` … */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessageKey<T[K]>}`
}[keyof T & string]

type Compiled = Record<string, unknown>
/**
 * A namespace's compiled messages per language, or a loader for them: the first paint's own
 * namespaces load the languages other than the default only when a reader picks one (loadLanguage).
 */
export type CompiledCatalogs = Record<Lang, Compiled | (() => Promise<{ default: Compiled }>)>
export type Translate<K extends string> = (lang: Lang, key: K, values?: Record<string, unknown>) => string

/**
 * Every registered catalog, by language and namespace, kept as compiled: a message is looked up when
 * it is shown. (Copying each message into one map as its module loaded took 3–4 ms of every start in
 * a Lighthouse trace.)
 */
const catalogsByLang = Object.fromEntries(LANGS.map((lang) => [lang, new Map<string, Compiled>()])) as Record<
  Lang,
  Map<string, Compiled>
>

function add(lang: Lang, ns: string, compiled: Compiled) {
  const before = catalogsByLang[lang].get(ns)
  catalogsByLang[lang].set(ns, before ? { ...before, ...compiled } : compiled)
}

/** Catalogs registered as loaders and not loaded yet, by language. */
const pending = new Map<Lang, (() => Promise<void>)[]>()
const loading = new Map<Lang, Promise<void>>()
const listeners = new Set<() => void>()

/** True when every registered namespace has its messages in `lang`. */
export function languageReady(lang: Lang): boolean {
  return !pending.get(lang)?.length
}

/** Loads the messages of `lang` that were registered as loaders (once; the app waits on it). */
export function loadLanguage(lang: Lang): Promise<void> {
  const waiting = pending.get(lang)
  if (!waiting?.length) return Promise.resolve()
  let done = loading.get(lang)
  if (!done) {
    done = Promise.all(waiting.map((load) => load())).then(
      () => {
        pending.set(lang, pending.get(lang)?.filter((l) => !waiting.includes(l)) ?? [])
        loading.delete(lang)
        for (const l of listeners) l()
      },
      (e: unknown) => {
        loading.delete(lang) // asked again on the next switch
        throw e
      },
    )
    loading.set(lang, done)
  }
  return done
}

/** Calls `listener` whenever a language's messages have arrived. */
export function onLanguageLoaded(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Adds a namespace's messages and returns its typed translate function (a missing one shows as `ns.key`). */
export function registerCatalogs<K extends string>(ns: string, catalogs: CompiledCatalogs): Translate<K> {
  for (const lang of LANGS) {
    const catalog = catalogs[lang]
    if (typeof catalog !== 'function') add(lang, ns, catalog)
    else
      pending.set(lang, [...(pending.get(lang) ?? []), () => catalog().then((m) => add(lang, ns, m.default))])
  }
  // No fallback to another language: a test holds every catalog pair to the same keys, so a missing
  // message is a bug to see, not a Chinese word to slip into an English screen.
  return (lang, key, values) => {
    const catalog = catalogsByLang[lang].get(ns)
    const message = catalog && ownValue(catalog, key)
    return message === undefined ? `${ns}.${key}` : formatMessage(lang, message, values)
  }
}
