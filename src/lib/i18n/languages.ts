// The languages the app speaks, and everything that differs between them apart from the words
// (which are in the message catalogs): the BCP 47 tag, how a list is joined, how names sort. Add a
// language here and in every locales/ folder (a test holds the catalogs to the same keys).
// Nearly a leaf: imported by the preferences store and the formatters, it imports only ../own (a leaf).

import { isOwnKey } from '../own'

export const LANGUAGES = {
  zh: {
    tag: 'zh-CN',
    /** The language's own name, as the switch offers it. */
    autonym: '中文',
    /** Between items of a list: 能源、矿业. */
    listSeparator: '、',
    /** After a label, before what it names: 计算方法：… (full-width, as Chinese text writes it). */
    colon: '：',
    collation: 'zh-CN-u-co-pinyin',
    /** The report's own language: its words (stage words, names) are shown as written. */
    source: true,
    /** Amounts typed or exported as plain numbers are in 亿元 (10⁸ yuan), as the report writes them. */
    moneyExp: 8,
    /** How a section's ordinal reads: （一）, as the report numbers its sections. */
    numerals: 'chinese',
  },
  en: {
    tag: 'en',
    autonym: 'English',
    listSeparator: ', ',
    colon: ': ',
    collation: 'en',
    source: false,
    /** …and in millions of yuan in English, the convention of "CNY 574 M / CNY 5.75 bn" on screen. */
    moneyExp: 6,
    numerals: 'arabic',
  },
} as const

export type Lang = keyof typeof LANGUAGES
export const LANGS = Object.keys(LANGUAGES) as [Lang, ...Lang[]]
/** A text in every language: the shape of every label of the dataset (schema.ts Label). */
export type Label = Record<Lang, string>

export function isLang(value: unknown): value is Lang {
  // Own keys only: `?lang=toString` is not a language (`in` would find Object.prototype's).
  return typeof value === 'string' && isOwnKey(LANGUAGES, value)
}

/** The language a switch offers next (the other one, with two). */
export function nextLang(lang: Lang): Lang {
  const at = LANGS.indexOf(lang)
  return LANGS[(at + 1) % LANGS.length] as Lang
}

export function langTag(lang: Lang): string {
  return LANGUAGES[lang].tag
}

/** Items joined as the language joins a list: 能源、矿业 / Energy, Mining. */
export function formatList(items: readonly string[], lang: Lang): string {
  return items.join(LANGUAGES[lang].listSeparator)
}

/** A label and what it names, joined as the language writes it: 计算方法：x / Formula: x. */
export function colon(lang: Lang): string {
  return LANGUAGES[lang].colon
}

/** The power of ten of the money unit a reader types and exports plain amounts in (亿元 = 8, CNY million = 6). */
export function moneyExp(lang: Lang): number {
  return LANGUAGES[lang].moneyExp
}

/** Whether the reader reads the report's own language (its words are then shown as written). */
export function readsSource(lang: Lang): boolean {
  return LANGUAGES[lang].source
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** A section's ordinal as the language numbers it: 三 / 3 (Chinese numerals up to 十). */
export function ordinal(n: number, lang: Lang): string {
  return LANGUAGES[lang].numerals === 'chinese' ? (CHINESE_NUMERALS[n - 1] ?? String(n)) : String(n)
}

const collators = new Map<Lang, Intl.Collator>()

/** A collator for sorting names in the language's order (pinyin for Chinese); built once, on first use. */
export function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang)
  if (!c) {
    c = new Intl.Collator(LANGUAGES[lang].collation, { sensitivity: 'base', numeric: true })
    collators.set(lang, c)
  }
  return c
}
