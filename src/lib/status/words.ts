import { defineCatalog } from '../i18n/common'
import en from './locales/en.json?catalog'
import type catalog from './locales/zh.json'
import zh from './locales/zh.json?catalog'

// The words of the 三色 rules in a message catalog (UI words live in catalogs): each light, each reason
// for no light, and the project rule's legend with the thresholds filled in. Shared by the Projects
// screen, the project pages and the deck; colour is never the only signal, so every light has a word.
export const statusMessages = defineCatalog<typeof catalog>('status-rules', { zh, en })
