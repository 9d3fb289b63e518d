import { isOwnKey } from '../own'
import { SHARED_KEYS } from './shared'

// Typed, forgiving URL search state: every view that a link should reproduce is encoded here.
// A value that does not parse is dropped (the view falls back to its default) and reported, so the
// page can say which parameter it ignored instead of failing or silently doing something else.

export type Codec<T> = {
  /** undefined means "could not read it". */
  parse(raw: string[]): T | undefined
  serialize(value: T): string[]
  fallback: T
}

export type Spec = Record<string, Codec<unknown>>
export type Values<S extends Spec> = { [K in keyof S]: S[K] extends Codec<infer T> ? T : never }
export type Rejected = { key: string; value: string }

/** A rejected value as a notice shows it: its first 60 characters (a link may hold anything). */
export const shownValue = (raw: string) => raw.slice(0, 60)

const MAX_VALUE = 200

export function oneOf<const T extends string>(values: readonly T[], fallback: T): Codec<T> {
  return {
    parse: (raw) => (raw.length === 1 && values.includes(raw[0] as T) ? (raw[0] as T) : undefined),
    serialize: (v) => (v === fallback ? [] : [v]),
    fallback,
  }
}

/** Comma-separated list of known values; unknown members are rejected. */
export function listOf<const T extends string>(values: readonly T[]): Codec<T[]> {
  return {
    parse: (raw) => {
      const items = raw.flatMap((r) => r.split(',')).filter(Boolean)
      return items.every((i) => values.includes(i as T)) ? [...new Set(items as T[])] : undefined
    },
    serialize: (v) => (v.length ? [v.join(',')] : []),
    fallback: [],
  }
}

export function text(max = MAX_VALUE): Codec<string> {
  return {
    parse: (raw) => (raw.length === 1 && (raw[0] ?? '').length <= max ? raw[0] : undefined),
    serialize: (v) => (v ? [v] : []),
    fallback: '',
  }
}

export function int(min: number, max: number): Codec<number | null> {
  return {
    parse: (raw) => {
      if (raw.length !== 1 || !/^-?\d{1,9}$/.test(raw[0] ?? '')) return undefined
      const n = Number(raw[0])
      return n >= min && n <= max ? n : undefined
    },
    serialize: (v) => (v === null ? [] : [String(v)]),
    fallback: null,
  }
}

export function decimal(min: number, max: number): Codec<number | null> {
  return {
    parse: (raw) => {
      if (raw.length !== 1 || !/^-?\d{1,9}(\.\d{1,6})?$/.test(raw[0] ?? '')) return undefined
      const n = Number(raw[0])
      return n >= min && n <= max ? n : undefined
    },
    serialize: (v) => (v === null ? [] : [String(v)]),
    fallback: null,
  }
}

export function parseSearch<S extends Spec>(
  search: string,
  spec: S,
  /** Keys that belong to no screen (report, lang, theme: ./shared.ts), passed through untouched. */
  shared: readonly string[] = SHARED_KEYS,
): { values: Values<S>; rejected: Rejected[] } {
  const params = new URLSearchParams(search)
  const values = {} as Record<string, unknown>
  const rejected: Rejected[] = []
  for (const [key, codec] of Object.entries(spec)) {
    const raw = params.getAll(key)
    if (!raw.length) {
      values[key] = codec.fallback
      continue
    }
    const parsed = codec.parse(raw)
    if (parsed === undefined) {
      values[key] = codec.fallback
      rejected.push({ key, value: shownValue(raw.join(',')) })
    } else values[key] = parsed
  }
  for (const key of new Set(params.keys())) {
    if (!isOwnKey(spec, key) && !shared.includes(key))
      rejected.push({ key, value: shownValue(params.getAll(key).join(',')) })
  }
  return { values: values as Values<S>, rejected }
}

/** A screen's own view state as a search string; values equal to their fallback are left out. */
export function stringifySearch<S extends Spec>(values: Partial<Values<S>>, spec: S): string {
  const params = new URLSearchParams()
  for (const [key, codec] of Object.entries(spec)) {
    const value = (values as Record<string, unknown>)[key]
    if (value === undefined) continue
    for (const v of codec.serialize(value)) params.append(key, v)
  }
  return params.toString()
}
