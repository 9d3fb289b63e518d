import { registerCatalogs } from '@/lib/i18n'
import en from './locales/en.json?catalog'
import zh from './locales/zh.json?catalog'

// The chart wrappers' own strings, registered when the first wrapper loads (i.e. with a lazy screen).
registerCatalogs('charts', { zh, en })

export const CHARTS_NS = 'charts'
