import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// Every lazily loaded component goes through loadCode (src/lib/code-load): a chunk that fails or stalls
// becomes a CodeLoadError, which the screen boundaries turn into one guarded reload and then a message.
// A bare `lazy(() => import(…))` fails as a raw crash ("Failed to fetch dynamically imported module"),
// with no reload after a redeploy and no word about the network. The boundary around each is checked
// in Chromium (tests/e2e/code-failure*.e2e.ts); this keeps a new lazy part from skipping loadCode.

const SRC = resolve(__dirname, '../../src')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return e.name === '__tests__' ? [] : sources(path)
    return /\.tsx?$/.test(e.name) ? [path] : []
  })
}

/** Each `lazy(` call with the text up to its matching parenthesis. */
function lazyCalls(text: string): string[] {
  const calls: string[] = []
  for (const match of text.matchAll(/\blazy\(/g)) {
    let depth = 0
    let end = match.index
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++
      else if (text[end] === ')' && --depth === 0) break
    }
    calls.push(text.slice(match.index, end + 1))
  }
  return calls
}

/** A call loads through loadCode directly, or through a local helper whose body does. */
function throughLoadCode(call: string, text: string): boolean {
  if (call.includes('loadCode(')) return true
  const helper = call.match(/lazy\(\(\) =>\s*(\w+)\(\)/)?.[1]
  return helper !== undefined && new RegExp(`const ${helper} = \\(\\) =>\\s*loadCode\\(`).test(text)
}

describe('lazy components', () => {
  it('the checker sees a bare import and accepts loadCode, directly or through a helper', () => {
    const bare = "const A = lazy(() => import('./a').then((m) => ({ default: m.A })))"
    const direct = "const A = lazy(() => loadCode(() => import('./a')).then((m) => ({ default: m.A })))"
    const helper = "const a = () => loadCode(() => import('./a'))\nconst A = lazy(() => a().then((m) => m))"
    expect(lazyCalls(bare).map((c) => throughLoadCode(c, bare))).toEqual([false])
    expect(lazyCalls(direct).map((c) => throughLoadCode(c, direct))).toEqual([true])
    expect(lazyCalls(helper).map((c) => throughLoadCode(c, helper))).toEqual([true])
  })

  it('every lazy(…) in src loads through loadCode', () => {
    const bare: string[] = []
    let count = 0
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8')
      for (const call of lazyCalls(text)) {
        count++
        if (!throughLoadCode(call, text)) bare.push(`${relative(SRC, file)}: ${call.slice(0, 80)}`)
      }
    }
    expect(count).toBeGreaterThan(15)
    expect(bare).toEqual([])
  })
})
