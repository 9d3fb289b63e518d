import { type I18n, type Messages, setupI18n } from '@lingui/core'
import { useMemo } from 'react'
import { useLang } from '../prefs/hooks'
import type { Lang } from '../prefs/store'
import en from './locales/en.json?catalog'
import zh from './locales/zh.json?catalog'

// Lingui's runtime with catalogs compiled at build time (scripts/vite-plugin-catalog.ts): ~3 kB gzip
// on the first paint, where i18next weighed ~16 kB. Each feature registers its own catalogs when its
// module loads, so a lazy screen's strings arrive with its code. Messages are ICU MessageFormat.

export type Catalogs = { zh: Record<string, unknown>; en: Record<string, unknown> }
export type TFunction = (key: string, values?: Record<string, unknown>) => string

const instances: Record<Lang, I18n> = {
  zh: setupI18n({ locale: 'zh', messages: { zh: {} } }),
  en: setupI18n({ locale: 'en', messages: { en: {} } }),
}

/** Adds a namespace's messages (ids become `ns.key`). */
export function registerCatalogs(ns: string, catalogs: Catalogs) {
  for (const lang of ['zh', 'en'] as const) {
    const prefixed: Messages = {}
    for (const [id, message] of Object.entries(catalogs[lang]))
      prefixed[`${ns}.${id}`] = message as Messages[string]
    instances[lang].load(lang, prefixed)
  }
}
registerCatalogs('common', { zh, en })

export function translate(lang: Lang, ns: string, key: string, values?: Record<string, unknown>): string {
  const id = `${ns}.${key}`
  // A key missing in English falls back to the Chinese original rather than showing an id.
  const i18n = id in instances[lang].messages ? instances[lang] : instances.zh
  return i18n._(id, values)
}

export function setLanguage(lang: Lang) {
  if (typeof document === 'undefined') return // the build-time prerender has no document
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
}

/** Translations of a namespace in the current language (`common` when none is given). */
export function useT(ns = 'common'): { t: TFunction; lang: Lang } {
  const lang = useLang()
  const t = useMemo<TFunction>(() => (key, values) => translate(lang, ns, key, values), [lang, ns])
  return { t, lang }
}
