// Errors in words: what a schema failure expected (a type, the allowed values, a range, a rule) and
// what it got, and every unknown field by name, in each language the app speaks. zod/mini carries no
// messages of its own ("Invalid input"), so the words are made here, from a typed catalog. Loaded with
// the data checks (validate.ts), never with the first paint.
import type * as z from 'zod/mini'
import { clip } from '../format/clip'
import { number } from '../format/quantity'
import { defineCatalog } from '../i18n/common'
import { formatList, LANGS, type Label, type Lang } from '../i18n/languages'
import { type DataIssue, formatPath } from './errors'
import en from './issue-locales/en.json?catalog'
import type catalog from './issue-locales/zh.json'
import zh from './issue-locales/zh.json?catalog'
import { MAX_MAGNITUDE, MIN_MAGNITUDE } from './limits'

const catalogOf = defineCatalog<typeof catalog>('dataIssues', { zh, en })
type Key = Parameters<typeof catalogOf.translate>[1]
type Values = Record<string, unknown>

/** An issue whose words are written in every language (`message` is the English, for logs and tests). */
export function issueIn(path: string, say: (lang: Lang) => string): DataIssue {
  const text = Object.fromEntries(LANGS.map((lang) => [lang, say(lang)])) as Label
  return { path, message: text.en, text }
}

/** An issue from one catalog message, its values the same in every language. */
export function issue(path: string, key: Key, values?: Values): DataIssue {
  return issueIn(path, (lang) => catalogOf.translate(lang, key, values))
}

/** One message of the catalog in one language. */
export const translateIssue = (lang: Lang, key: Key, values?: Values) =>
  catalogOf.translate(lang, key, values)
const t = translateIssue

const KINDS = new Set(['string', 'number', 'int', 'boolean', 'array', 'object', 'null', 'undefined'])
const RULES = new Set(['rule.id', 'rule.period', 'rule.finite', 'rule.magnitude', 'rule.path'])
const SHOWN_VALUES = 12

const literal = (value: unknown) => JSON.stringify(typeof value === 'string' ? clip(value, 40) : value)

/** What the data held, briefly: text "abc…", 42, a list of 3 items. */
function received(input: unknown, lang: Lang): string {
  if (typeof input === 'string') return t(lang, 'got.string', { value: literal(input) })
  if (typeof input === 'number') return t(lang, 'got.number', { value: String(input) })
  if (typeof input === 'boolean') return t(lang, 'got.boolean', { value: String(input) })
  if (input === null) return t(lang, 'got.null')
  if (Array.isArray(input)) return t(lang, 'got.array', { count: input.length })
  return t(lang, 'got.object')
}

function kind(expected: string, lang: Lang): string {
  return KINDS.has(expected) ? t(lang, `kind.${expected}` as Key) : t(lang, 'kind.other', { name: expected })
}

function rule(message: string, lang: Lang): string | null {
  if (!RULES.has(message)) return null
  return t(lang, message as Key, { max: number(MAX_MAGNITUDE, 0), min: number(MIN_MAGNITUDE, 6) })
}

function valueList(values: readonly unknown[], lang: Lang): string {
  const shown = values.slice(0, SHOWN_VALUES).map(literal)
  return formatList(values.length > SHOWN_VALUES ? [...shown, '…'] : shown, lang)
}

/** What an issue expected, alone (for the alternatives of a union). */
function expectation(i: z.core.$ZodIssue, lang: Lang): string {
  if (i.code === 'invalid_type') return kind(i.expected, lang)
  if (i.code === 'invalid_value') return valueList(i.values, lang)
  return rule(i.message, lang) ?? t(lang, 'invalid', { received: received(i.input, lang) })
}

function sentence(i: z.core.$ZodIssue, lang: Lang): string {
  const got = () => received(i.input, lang)
  switch (i.code) {
    case 'invalid_type':
      return i.input === undefined
        ? t(lang, 'missing', { expected: kind(i.expected, lang) })
        : t(lang, 'type', { expected: kind(i.expected, lang), received: got() })
    case 'invalid_value':
      return t(lang, i.values.length === 1 ? 'value' : 'values', {
        values: valueList(i.values, lang),
        received: got(),
      })
    case 'unrecognized_keys':
      return t(lang, 'unknownKeys', {
        count: i.keys.length,
        keys: valueList(
          i.keys.map((k) => clip(k, 40)),
          lang,
        ),
      })
    case 'invalid_union': {
      const options = i.errors.map((alt) => (alt[0] ? expectation(alt[0], lang) : '')).filter(Boolean)
      return t(lang, 'union', { options: formatList(options, lang), received: got() })
    }
    case 'too_small':
    case 'too_big': {
      const limit = Number(i.code === 'too_small' ? i.minimum : i.maximum)
      const side = i.code === 'too_small' ? 'tooSmall' : 'tooBig'
      if (i.origin === 'array')
        return t(lang, `${side}.array`, { limit, count: Array.isArray(i.input) ? i.input.length : '?' })
      if (i.origin === 'string') return t(lang, `${side}.string`, { limit, received: got() })
      return t(lang, i.inclusive === false ? `${side}.numberExclusive` : `${side}.number`, {
        limit: String(limit),
        received: got(),
      })
    }
    case 'invalid_format': {
      const expected = rule(i.message, lang)
      return expected
        ? t(lang, 'type', { expected, received: got() })
        : t(lang, 'format', { pattern: i.pattern ?? i.format, received: got() })
    }
    default: {
      const expected = rule(i.message, lang)
      return expected
        ? t(lang, 'type', { expected, received: got() })
        : t(lang, 'invalid', { received: got() })
    }
  }
}

/** zod's issues as DataIssues: the JSON path and the words, in every language. */
export function schemaIssues(error: z.core.$ZodError): DataIssue[] {
  return error.issues.map((i) => issueIn(formatPath(i.path), (lang) => sentence(i, lang)))
}
