// The runtime of the compiled catalogs (scripts/vite-plugin-catalog.ts compiles ICU MessageFormat
// with Lingui's own compiler at build time): a message is a string, or a list of strings and
// placeholders [name], [name, 'number', style?], [name, 'plural' | 'selectordinal' | 'select', arms].
// It does what Lingui's runtime does with them (a `#` in a plural arm is the number, formatted; an
// exact arm `=0` comes as the key "0"; a missing value writes nothing) in a sixth of its size, which
// is on every screen's first paint. The catalogs use no date or time placeholders.

import { ownValue } from '../own'

type Token = string | [name: string, type?: string, format?: unknown]
type Arms = Record<string, unknown> & { offset?: number }

const formatters = new Map<string, Intl.NumberFormat | Intl.PluralRules>()

function memo<T extends Intl.NumberFormat | Intl.PluralRules>(key: string, make: () => T): T {
  const known = formatters.get(key) as T | undefined
  if (known) return known
  const made = make()
  formatters.set(key, made)
  return made
}

function number(locale: string, value: unknown, style?: unknown): string {
  const options = typeof style === 'object' ? (style as Intl.NumberFormatOptions) : style ? { style } : {}
  const f = memo(
    `n${locale}${JSON.stringify(options)}`,
    () => new Intl.NumberFormat([locale, 'en'], options as Intl.NumberFormatOptions),
  )
  return f.format(value as number)
}

function plural(locale: string, ordinal: boolean, value: number, arms: Arms): unknown {
  const { offset = 0, ...rules } = arms
  const type = ordinal ? 'ordinal' : 'cardinal'
  const rule = memo(`p${locale}${type}`, () => new Intl.PluralRules([locale, 'en'], { type }))
  return rules[value] ?? rules[rule.select(value - offset)] ?? rules.other
}

/** A compiled message with its values, in `locale`. */
export function formatMessage(
  locale: string,
  message: unknown,
  values: Record<string, unknown> = {},
): string {
  const walk = (tokens: unknown, hash?: number): string => {
    if (!Array.isArray(tokens)) return tokens == null ? '' : String(tokens)
    let out = ''
    for (const token of tokens as Token[]) {
      if (typeof token === 'string') {
        out += token === '#' && hash !== undefined ? number(locale, hash) : token
        continue
      }
      const [name, type, format] = token
      const value = values[name]
      if (value == null) continue
      if (type === 'plural' || type === 'selectordinal') {
        const n = Number(value)
        const arms = format as Arms
        out += walk(plural(locale, type === 'selectordinal', n, arms), n - (arms.offset ?? 0))
      } else if (type === 'select') {
        const arms = format as Arms
        // Own arms only: a value is often the user's (an id), and `constructor` is no arm.
        const key = String(value)
        out += walk(ownValue(arms, key) ?? arms.other)
      } else if (type === 'number') out += number(locale, value, format)
      else out += String(value)
    }
    return out
  }
  return walk(message)
}
