import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export type Violation = {
  id: string
  impact: string | null
  help: string
  nodes: { target: string; html: string; summary: string }[]
}

/**
 * Runs axe-core (WCAG 2.x A/AA + best practices) on the page. The app's CSP (`script-src 'self'`)
 * blocks an injected <script>, so the page must come from a context opened with `bypassCSP: true`.
 */
export async function runAxe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE })
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time, untyped here
    const axe = (window as any).axe
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    })
    // biome-ignore lint/suspicious/noExplicitAny: axe result objects
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      // biome-ignore lint/suspicious/noExplicitAny: axe result objects
      nodes: v.nodes.slice(0, 5).map((n: any) => ({
        target: n.target.join(' '),
        html: n.html.slice(0, 160),
        summary: (n.failureSummary ?? '').slice(0, 300),
      })),
    }))
  })
}

export const isSerious = (v: Violation) => v.impact === 'serious' || v.impact === 'critical'
