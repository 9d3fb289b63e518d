import { defineCatalog } from '@/lib/i18n'
import en from './locales/en.json?catalog'
import type catalog from './locales/zh.json'
import zh from './locales/zh.json?catalog'

/** Words of a ledger figure's source (loaded with the screens that show ledger figures, not the first paint). */
export const ledgerFigureMessages = defineCatalog<typeof catalog>('ledger-figure', { zh, en })
