import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { withoutScripts } from '../../scripts/bench/static-floor.mjs'

// The bench's floor (scripts/bench/static-floor.mjs) is the built page with nothing that runs or
// loads code: if a script or a preload survived, the "floor" would include our JavaScript.

describe('the static floor of the bench', () => {
  it('drops inline and external scripts and every preload, and keeps the page', () => {
    const html = [
      '<!doctype html><html lang="zh-CN"><head>',
      '<link rel="icon" type="image/png" href="./favicon.png" />',
      '<link rel="expect" href="#prerender-parsed" blocking="render">',
      '<script>(function early(c){ if (a < b) document.head.append(x) })({"k":"</p>"})</script>',
      '<SCRIPT type="module" crossorigin src="/assets/index-abc.js"></SCRIPT >',
      '<link rel="modulepreload" crossorigin href="/assets/rolldown-runtime.js">',
      '<link rel=preload href="/data/manifest.json" as="fetch" crossorigin="anonymous">',
      '<style>.k{color:red}</style></head>',
      '<body><div id="root" data-prerendered="x"><p class="k">地区生产总值</p></div><span id="prerender-parsed"></span></body></html>',
    ].join('\n')
    const out: string = withoutScripts(html)
    expect(out).not.toMatch(/<script/i)
    expect(out).not.toMatch(/modulepreload|rel=preload/)
    expect(out).toContain('<link rel="icon" type="image/png" href="./favicon.png" />')
    expect(out).toContain('<style>.k{color:red}</style>')
    expect(out).toContain('<p class="k">地区生产总值</p>')
  })

  // Unit tests run before the build in `npm test`: then this one is skipped, and the bench's own
  // check (startStaticFloor throws on a surviving <script>) holds on the real page.
  const built = resolve(__dirname, '../../dist/index.html')
  it.skipIf(!existsSync(built))('leaves no script in the page the build writes', () => {
    const html = readFileSync(built, 'utf8')
    const out: string = withoutScripts(html)
    expect(out).not.toMatch(/<script/i)
    expect(out).toContain('id="root"')
    expect(out.length).toBeGreaterThan(html.length / 3)
  })
})
