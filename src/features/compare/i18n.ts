import { defineCatalog, type TFunction } from '@/lib/i18n'
import type { MessageKey } from '@/lib/i18n/translate'
import en from './locales/en.json?catalog'
import type catalog from './locales/zh.json'
import zh from './locales/zh.json?catalog'

/** The comparison's messages (locales/*.json), keys checked against the Chinese catalog. */
export const messages = defineCatalog<typeof catalog>('compare', { zh, en })
export type T = TFunction<MessageKey<typeof catalog>>
