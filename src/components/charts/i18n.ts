import { defineCatalog } from '@/lib/i18n'
import en from './locales/en.json?catalog'
import type catalog from './locales/zh.json'
import zh from './locales/zh.json?catalog'

// The chart wrappers' own strings, registered when the first wrapper loads (i.e. with a lazy screen).
export const chartMessages = defineCatalog<typeof catalog>('charts', { zh, en })
