import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, launch, open } from './support/app'
import { SCREENS, visit } from './support/screens'

// The app's Content-Security-Policy (a meta tag in index.html) allows only its own origin. Every
// screen must live within it: no request leaves the origin and the browser reports no violation.

const ROOT = resolve(import.meta.dirname, '../..')

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

function cspOf(file: string): Record<string, string[]> {
  const html = readFileSync(resolve(ROOT, file), 'utf8')
  const content = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1] ?? ''
  return Object.fromEntries(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  )
}

describe('the policy', () => {
  it('the built index.html allows only self for scripts, styles, fonts, images and data', () => {
    const csp = cspOf('dist/index.html')
    expect(csp['default-src']).toEqual(["'self'"])
    // Our files, plus exactly the one inline script (the early script before the prerendered
    // Overview) by its hash: no 'unsafe-inline', no eval.
    const html = readFileSync(resolve(ROOT, 'dist/index.html'), 'utf8')
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '')
    expect(inline).toHaveLength(1)
    const hash = createHash('sha256')
      .update(inline[0] ?? '')
      .digest('base64')
    expect(csp['script-src']).toEqual(["'self'", `'sha256-${hash}'`])
    // React's style props (a chart's box, a bar's growth origin) set inline styles; nothing else beyond our own files.
    expect(csp['style-src']).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp['font-src']).toEqual(["'self'"])
    expect(csp['connect-src']).toEqual(["'self'"])
    for (const src of csp['img-src'] ?? []) expect(["'self'", 'data:', 'blob:']).toContain(src)
    expect(csp['object-src']).toEqual(["'none'"])
  })

  it('no component writes raw HTML', () => {
    const hits = (() => {
      try {
        return execFileSync('grep', ['-rln', 'dangerouslySetInnerHTML', 'src'], {
          cwd: ROOT,
          encoding: 'utf8',
        })
      } catch {
        return '' // grep exits 1 when nothing matches
      }
    })()
    expect(hits.trim()).toBe('')
  })
})

const THEMES = [
  { lang: 'zh', theme: 'light' },
  { lang: 'en', theme: 'dark' },
] as const

describe('every screen stays inside the policy', () => {
  it.each(THEMES.flatMap((p) => SCREENS.map((s) => ({ ...p, name: s.name, route: s.route }))))(
    '$name ($route) $lang/$theme',
    async ({ route, lang, theme }) => {
      const { page, context, errors, foreign } = await open(browser, route, { lang, theme })
      // Collected in the page from its first script on, so a violation during start-up counts too.
      await context.addInitScript(() => {
        const seen: string[] = []
        Object.assign(window, { __csp: seen })
        document.addEventListener('securitypolicyviolation', (e) => {
          seen.push(
            `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
          )
        })
      })
      await visit(page, baseUrl(), route)
      const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? null)
      await context.close()
      expect(violations).toEqual([])
      // Chromium also logs each violation as a console error ("Refused to ..."): none allowed.
      expect(errors).toEqual([])
      expect(foreign).toEqual([])
    },
  )
})
