import { setupI18n } from '@lingui/core'
import { compileMessage } from '@lingui/message-utils/compileMessage'
import { describe, expect, it } from 'vitest'
import { formatMessage } from '../interpolate'

// The small runtime must say exactly what Lingui's own runtime says for the same compiled message.
function lingui(locale: string, source: string, values: Record<string, unknown>) {
  const i18n = setupI18n({ locale, messages: { [locale]: { m: compileMessage(source) } } })
  return i18n._('m', values)
}

const CASES: [string, Record<string, unknown>][] = [
  ['共 {count, number} 个项目', { count: 12345 }],
  ['{n, plural, =0 {none} one {# project} other {# projects in {area}}}', { n: 0, area: 'x' }],
  ['{n, plural, =0 {none} one {# project} other {# projects in {area}}}', { n: 1, area: 'x' }],
  ['{n, plural, =0 {none} one {# project} other {# projects in {area}}}', { n: 1200, area: 'Parks' }],
  ['{n, plural, offset:1 one {you} other {you and # others}}', { n: 3 }],
  ['{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', { n: 22 }],
  ['{kind, select, a {Alpha {x}} other {Other}}', { kind: 'a', x: 'X' }],
  ['{kind, select, a {Alpha} other {Other}}', { kind: 'zzz' }],
  ["it's '{x}' and {y}", { y: 'Y' }],
  ['{missing} stays empty', {}],
  ['{v, number, percent}', { v: 0.25 }],
  ['plain', {}],
]

describe('formatMessage', () => {
  for (const locale of ['zh', 'en'])
    for (const [source, values] of CASES)
      it(`${locale}: ${source}`, () => {
        expect(formatMessage(locale, compileMessage(source), values)).toBe(lingui(locale, source, values))
      })
})
