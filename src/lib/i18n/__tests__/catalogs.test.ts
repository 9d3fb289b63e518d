import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { compileMessage } from '@lingui/message-utils/compileMessage'
import { describe, expect, it } from 'vitest'
import { halfWidthInChinese, literalText } from '@/testing/zh-typography'
import { compileCatalog, flatten } from '../../../../scripts/vite-plugin-catalog'
import { LANGS } from '../languages'

// Every message catalog of the app, as a pair (or more) of locales/<lang>.json files side by side.
const SRC = resolve(__dirname, '../../..')

function catalogDirs(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'node_modules') continue
    const path = join(dir, entry.name)
    if (readdirSync(path).includes('zh.json') && /locales$/.test(entry.name)) out.push(path)
    else out.push(...catalogDirs(path))
  }
  return out
}

const dirs = catalogDirs(SRC)
const read = (dir: string, lang: string) =>
  flatten(JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')))

/**
 * The argument names a message uses ({count}, {year, plural, …}, nested ones too), read from Lingui's
 * compiled form: a select's branch text (`{field, select, growth {growth} …}`) is words, not an argument.
 */
function argumentsOf(message: string): string[] {
  const names = new Set<string>()
  // A compiled message is a list of parts: text, or an argument [name, type?, branches?] whose
  // branches are messages again. '#' (a plural's number) is text.
  const walk = (parts: unknown): void => {
    if (!Array.isArray(parts)) return
    for (const part of parts) {
      if (!Array.isArray(part) || typeof part[0] !== 'string') continue
      names.add(part[0])
      const branches = part[2]
      if (branches && typeof branches === 'object') for (const b of Object.values(branches)) walk(b)
    }
  }
  walk(compileMessage(message))
  return [...names].sort()
}

describe('message catalogs', () => {
  it('finds every catalog of the app', () => {
    const names = dirs.map((d) => relative(SRC, d)).sort()
    expect(names).toContain('lib/i18n/locales')
    expect(names).toContain('features/projects/locales')
    expect(names.length).toBeGreaterThanOrEqual(9)
  })

  for (const dir of dirs) {
    const name = relative(SRC, dirname(dir))
    it(`${name}: every language has the same keys and the same arguments in each message`, () => {
      const [first, ...rest] = LANGS
      const base = read(dir, first)
      for (const lang of rest) {
        const other = read(dir, lang)
        expect(Object.keys(other).sort(), `${name}: keys of ${lang} vs ${first}`).toEqual(
          Object.keys(base).sort(),
        )
        for (const [key, message] of Object.entries(base))
          expect(argumentsOf(other[key] ?? ''), `${name} ${lang} ${key}`).toEqual(argumentsOf(message))
      }
    })

    it(`${name}: Chinese messages use full-width ，；：beside Chinese text`, () => {
      const file = join(dir, 'zh.json')
      const compiled = compileCatalog(readFileSync(file, 'utf8'), file)
      const bad = Object.entries(compiled).flatMap(([key, message]) =>
        halfWidthInChinese(literalText(message)).map((at) => `${key}: …${at}…`),
      )
      expect(bad, `${name}/zh.json`).toEqual([])
    })

    it(`${name}: every message is valid ICU MessageFormat`, () => {
      for (const lang of LANGS) {
        const file = join(dir, `${lang}.json`)
        expect(() => compileCatalog(readFileSync(file, 'utf8'), file)).not.toThrow()
      }
    })
  }
})

/** Every `defineCatalog('ns', …)` call in the app's source (not its doc comments or tests). */
function namespaces(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__' && entry.name !== 'node_modules') out.push(...namespaces(path))
    } else if (/\.tsx?$/.test(entry.name)) {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (/^\s*(\/\/|\*)/.test(line)) continue
        const m = line.match(/defineCatalog(?:<[^>]*>)?\('([^']+)'/)
        if (m?.[1]) out.push(m[1])
      }
    }
  }
  return out
}

describe('namespaces', () => {
  it('are each registered once: two catalogs under one name would mix their messages by load order', () => {
    const all = namespaces(SRC)
    expect(all.length).toBeGreaterThan(10)
    expect(all.filter((ns, i) => all.indexOf(ns) !== i)).toEqual([])
  })
})
