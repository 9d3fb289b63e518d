import { defineCatalog } from '@/lib/i18n'
import en from './locales/en.json?catalog'
import type catalog from './locales/zh.json'
import zh from './locales/zh.json?catalog'

/** The band's words: in its own chunk, so the Overview's first paint carries none of them. */
export const bandMessages = defineCatalog<typeof catalog>('overview-band', { zh, en })
