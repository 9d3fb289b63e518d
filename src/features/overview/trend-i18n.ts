import { defineCatalog } from '@/lib/i18n'
import en from './locales/trend/en.json?catalog'
import type catalog from './locales/trend/zh.json'
import zh from './locales/trend/zh.json?catalog'

/** The cards' years (kpi-trend.tsx): a catalog of their own, so their words load with them, not on the first paint. */
export const trendMessages = defineCatalog<typeof catalog>('overview-trend', { zh, en })
