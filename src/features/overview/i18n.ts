import { defineCatalog, type TFunction } from '@/lib/i18n'
import type { MessageKey } from '@/lib/i18n/translate'
import type catalog from './locales/zh.json'
import zh from './locales/zh.json?catalog'

/** This feature's messages (locales/*.json), keys checked against the Chinese catalog. */
export const messages = defineCatalog<typeof catalog>('overview', {
  zh,
  // Not on the first paint: loaded when a reader picks English (loadLanguage).
  en: () => import('./locales/en.json?catalog'),
})
export type Key = MessageKey<typeof catalog>
export type T = TFunction<Key>
