import { defineCatalog, type TFunction } from '@/lib/i18n'
import type { MessageKey } from '@/lib/i18n/translate'
import en from './locales/en.json?catalog'
import type catalog from './locales/zh.json'
import zh from './locales/zh.json?catalog'

/** The words of the county's ledger on the Projects screen (import, joined list, project pages). */
export const ledgerMessages = defineCatalog<typeof catalog>('projects-ledger', { zh, en })
export type LedgerKey = MessageKey<typeof catalog>
export type LT = TFunction<LedgerKey>
