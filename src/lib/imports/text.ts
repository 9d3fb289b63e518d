// Text as staff type it: full-width digits and punctuation (Chinese input methods), five kinds of dash,
// non-breaking and ideographic spaces, zero-width characters pasted from web pages. Every reader
// normalises through here so that '１，２３４' and '1,234' are the same text.

import { parseChineseNumeral } from '../ingest/numbers'

// NFKC folds full-width ASCII (１２３，（）％：) into ASCII and U+3000 into a space. Dashes and tildes
// it leaves alone, so they are folded here: − (minus), ‐ ‑ ‒ – — ― ─ and the full-width forms.
const DASHES = /[\u2010-\u2015\u2212\u2500\uFE58\uFE63\uFF0D]/g
const TILDES = /[\u301C\u3030\uFF5E~]/g
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g

// Printable ASCII with single inner spaces is already normal: most cells of a ledger (1,234.5, 2023.3)
// skip the work below, which a 10,000-row file would otherwise do 100,000 times.
const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/

/** NFKC, one '-' for every dash, one '~' for every tilde, single spaces, trimmed. */
export function normalizeText(text: string): string {
  if (PLAIN.test(text)) return text
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(TILDES, '~')
    .replace(SPACES, ' ')
    .trim()
}

/**
 * Text to show as the user wrote it: full-width brackets and colons kept (晶澳（朝阳）光伏 stays so),
 * only invisible characters dropped and runs of spaces made one. Parsing and matching normalise apart.
 */
export function tidyText(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim()
}

/** tidyText line by line: remarks keep the line breaks their writer put in. */
export function tidyLines(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map(tidyText)
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
}

// Everything that is punctuation or spacing to a reader, not part of a name.
const PUNCTUATION = /[\s()[\]{}<>《》〈〉【】〔〕「」『』"'`“”‘’.,;:!?·•・、。,;:!?\-_~/\\|*#&+]/g

/**
 * A key for comparing names: normalised, lower case, without spaces, brackets and punctuation.
 * '规上 工业（增加值）' and '规上工业增加值' get the same key.
 */
export function keyText(text: string): string {
  return normalizeText(text).toLowerCase().replace(PUNCTUATION, '')
}

/** Drops every bracketed part: '总投资(万元)' → '总投资', '累计值【亿元】' → '累计值'. */
export function withoutBrackets(text: string): string {
  return text.replace(/[(（[【〔][^)）\]】〕]*[)）\]】〕]/g, '').trim()
}

/** The bracketed parts of a header, where staff put the unit: '总投资(万元)' → ['万元']. */
export function bracketed(text: string): string[] {
  return [...text.matchAll(/[(（[【〔]([^)）\]】〕]*)[)）\]】〕]/g)].map((m) => (m[1] ?? '').trim())
}

/** Chinese numerals up to 99 as months and quarters are written: 三 → 3, 十二 → 12, 二十 → 20. */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text)
  if (!/^[零〇一二两三四五六七八九十]+$/.test(text)) return undefined
  // The same reading as the report texts' (一百零五 …), limited to what a month or a quarter can be.
  return parseChineseNumeral(text)
}
