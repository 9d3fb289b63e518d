import { defineCatalog } from '@/lib/i18n'
import en from './locales/en.json?catalog'
import type catalog from './locales/zh.json'
import zh from './locales/zh.json?catalog'

/** The review-decisions panel's messages (locales/*.json), keys checked against the Chinese catalog. */
export const messages = defineCatalog<typeof catalog>('ingest-decisions', { zh, en })
