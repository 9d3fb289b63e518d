import { defineCatalog } from '@/lib/i18n'
import en from './locales/en.json?catalog'
import type catalog from './locales/zh.json'
import zh from './locales/zh.json?catalog'

// The words of every import (actuals, ledgers): the drop zone, the preview, and each reason a reader
// gives for a row not taken (src/lib/imports/types.ts ISSUE_CODES; a test holds the two lists equal).
export const importMessages = defineCatalog<typeof catalog>('import', { zh, en })
