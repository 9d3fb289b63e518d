// Every screen's deep link under the same Lighthouse run as the Overview (issue 15: "every shared link
// opens like the Overview"). A link to a screen paints the screen's prerendered fragment, a script the
// early script loads (src/app/prerender): each must reach its largest paint within 1.5× the
// Overview's and shift nothing (CLS ≤ 0.02). TBT is reported, not gated (see ../bench.mjs on why).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { lighthouseReport } from './lighthouse.mjs'

const ROOT = resolve(import.meta.dirname, '../..')

/** The links staff share, with real ids from the built data (the manifest's default report). */
export function deepLinks() {
  const data = (path) => JSON.parse(readFileSync(resolve(ROOT, 'dist/data', path), 'utf8'))
  const manifest = data('manifest.json')
  const entry = manifest.reports.find((r) => r.id === manifest.defaultReport) ?? manifest.reports[0]
  const report = data(entry.file)
  return [
    { name: 'projects', hash: '/projects' },
    { name: 'projects, filtered', hash: '/projects?sector=energy&stage=signed' },
    { name: 'targets', hash: '/targets' },
    { name: 'areas', hash: '/areas' },
    { name: 'a project', hash: `/projects/${report.projects[0].id}` },
    { name: 'source, highlighted', hash: `/source?hl=${report.indicators[0].growth.id}` },
    { name: 'presentation', hash: '/present' },
  ]
}

export const SCREEN_GATE = { lcpVsOverview: 1.5, cls: 0.02 }

/** Lighthouse × runs on each deep link; `overviewLcpMs`: the Overview's median LCP in this run. */
export async function screensReport(url, runs, overviewLcpMs, log = () => {}) {
  const screens = []
  for (const link of deepLinks()) {
    log(`lighthouse × ${runs} on #${link.hash}`)
    const r = await lighthouseReport(`${url}#${link.hash}`, runs)
    const m = r.median
    const lcpLimit = Math.round(overviewLcpMs * SCREEN_GATE.lcpVsOverview)
    const misses = [
      m.lcpMs > lcpLimit && `#${link.hash}: lcpMs ${m.lcpMs} (≤ ${lcpLimit}, 1.5× the Overview's)`,
      m.cls > SCREEN_GATE.cls && `#${link.hash}: cls ${m.cls} (≤ ${SCREEN_GATE.cls})`,
    ].filter(Boolean)
    screens.push({
      ...link,
      median: m,
      lcpLimitMs: lcpLimit,
      ok: misses.length === 0,
      misses,
      perRun: r.perRun,
      lcpElement: r.diagnostics.lcpElement,
    })
  }
  return { gate: SCREEN_GATE, overviewLcpMs, ok: screens.every((s) => s.ok), screens }
}
