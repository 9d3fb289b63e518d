#!/usr/bin/env node
// Benchmark of the Projects explorer on large synthetic datasets (not a timed test).
//   node scripts/bench-projects.mjs [--no-build] [--sizes 10000,100000] [--runs 20] [--profile]
// Builds the app (unless --no-build and dist/ exists), serves dist/ with `vite preview`, replaces
// the default report's JSON with a synthetic report through playwright's route.fulfill, and in
// Chromium measures the time from a filter change (a sector checkbox click) to the updated table
// having been committed and a frame rendered (MutationObserver + requestAnimationFrame in the page).
// Prints JSON per size: median and p90 of click → table painted, median/p90 of click → React commit,
// DOM rows, JS heap (CDP), load time; with --profile also the functions with the most CPU self time
// over ten more filter changes (build with `vite build --minify false` first for readable names).
// The machine's load skews every figure: quote `uptime` with them.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { runnerImport } from 'vite'
import { syntheticReport } from './bench/synthetic-projects.mjs'
import { CHROMIUM_FLAGS, findChromium } from './lib/chromium.mjs'
import { startPreview } from './lib/preview.mjs'

const ROOT = resolve(import.meta.dirname, '..')
// The taxonomy comes from the zod schema itself (TypeScript, loaded through Vite's module runner).
const { module: schema } = await runnerImport(resolve(ROOT, 'src/lib/dataset/schema.ts'))
const taxonomy = { sectors: [...schema.SECTORS], stages: [...schema.STAGES] }
const args = process.argv.slice(2)
const arg = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const SIZES = arg('--sizes', '10000,100000').split(',').map(Number)
const RUNS = Number(arg('--runs', '20'))
const PORT = Number(process.env.BENCH_PORT ?? 4418)
const BUDGET = { 10000: 50, 100000: 100 }

const log = (...m) => console.error('[bench]', ...m)

/** Self time per function (name + file:line) from a CDP CPU profile, largest first. */
function topSelfTime(profile, n) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map()
  const dts = profile.timeDeltas
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i])
    const f = node.callFrame
    const file = f.url.split('/').pop()
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (dts[i] ?? 0) / 1000)
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, ms]) => ({ fn, ms: round(ms) }))
}

if (!args.includes('--no-build') || !existsSync(resolve(ROOT, 'dist/index.html'))) {
  log('building with vite…')
  const r = spawnSync(resolve(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
  })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const browserInfo = await findChromium()
const server = await startPreview(PORT)
const base = server.url

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]
}
const round = (x) => Math.round(x * 10) / 10

// The default report of the manifest, whatever it is (the same rule as the app: src/lib/data/default-entry.ts).
const { module: entryModule } = await runnerImport(resolve(ROOT, 'src/lib/data/default-entry.ts'))
const entry = entryModule.defaultReportEntry(readFileSync(resolve(ROOT, 'public/data/manifest.json'), 'utf8'))
if (!entry) throw new Error('public/data/manifest.json names no default report')
const real = JSON.parse(readFileSync(resolve(ROOT, 'public/data', entry.file), 'utf8'))
const browser = await chromium.launch({
  executablePath: browserInfo.path,
  headless: true,
  args: CHROMIUM_FLAGS,
})
const results = []
try {
  for (const size of SIZES) {
    const body = JSON.stringify(syntheticReport(real, size, taxonomy))
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
    const page = await context.newPage()
    const errors = []
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.route(`**/data/${entry.file}`, (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body }),
    )
    const t0 = Date.now()
    await page.goto(`${base}#/projects`)
    await page.getByTestId('result-count').waitFor({ timeout: 120_000 })
    await page.locator('table tbody tr[data-index]').first().waitFor({ timeout: 120_000 })
    const loadMs = Date.now() - t0

    // One filter change, timed inside the page: click → React commit (first mutation under the
    // result count/table) → next animation frame.
    const toggleSector = (label) =>
      page.evaluate(
        (label) =>
          new Promise((resolve, reject) => {
            const form = document.querySelector('form[aria-label]')
            // A choice chip carries its key (data-choice); its text also holds a count ("能源 8").
            const input = form?.querySelector(`[role=checkbox][data-choice="${label}"]`)
            const main = document.querySelector('main')
            if (!input || !main) return reject(new Error('no sector checkbox'))
            const before = document.querySelector('[data-testid="result-count"]')?.textContent
            const start = performance.now()
            const obs = new MutationObserver(() => {
              if (document.querySelector('[data-testid="result-count"]')?.textContent === before) return
              obs.disconnect()
              const committed = performance.now() - start
              requestAnimationFrame(() => resolve({ ms: performance.now() - start, committed }))
            })
            obs.observe(main, { subtree: true, childList: true, characterData: true })
            input.click()
          }),
        label,
      )
    const on = []
    const off = []
    const commits = []
    const sample = async () => {
      const { ms, committed } = await toggleSector('energy')
      commits.push(committed)
      return ms
    }
    await toggleSector('energy') // warm-up
    await toggleSector('energy')
    for (let i = 0; i < RUNS; i++) {
      on.push(await sample())
      await page.waitForTimeout(30)
      off.push(await sample())
      await page.waitForTimeout(30)
    }
    const domRows = await page.locator('table tbody tr[data-index]').count()
    const virtual = await page.locator('[data-virtual="true"]').count()
    const cdp = await context.newCDPSession(page)
    // --profile: sample the CPU over a few more filter changes (incl. the deferred chart renders that
    // follow each one) and print the functions with the most self time, to see what to cut next.
    let profile
    if (args.includes('--profile')) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
      await cdp.send('Profiler.start')
      for (let i = 0; i < 10; i++) {
        await toggleSector('energy')
        await page.waitForTimeout(150)
      }
      const { profile: prof } = await cdp.send('Profiler.stop')
      profile = topSelfTime(prof, 15)
      log(`${size}: top self time`, JSON.stringify(profile, null, 1))
    }
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0
    const all = [...on, ...off]
    results.push({
      projects: size,
      jsonMB: round(body.length / 1e6),
      loadToTableMs: loadMs,
      filterChangeMs: {
        median: round(median(all)),
        medianOn: round(median(on)),
        medianOff: round(median(off)),
        p90: round(quantile(all, 0.9)),
        min: round(Math.min(...all)),
        max: round(Math.max(...all)),
        samples: all.length,
      },
      // Click → React commit of the table (before the frame): what the table itself costs.
      commitMs: { median: round(median(commits)), p90: round(quantile(commits, 0.9)) },
      budgetMs: BUDGET[size] ?? null,
      withinBudget: BUDGET[size] ? median(all) <= BUDGET[size] : null,
      domRows,
      virtualised: virtual > 0,
      jsHeapMB: round(heap / 1e6),
      ...(profile ? { profileTopSelfMs: profile } : {}),
      consoleErrors: errors,
    })
    log(
      `${size}: median ${round(median(all))} ms, p90 ${round(quantile(all, 0.9))} ms, ${domRows} DOM rows, heap ${round(heap / 1e6)} MB`,
    )
    await context.close()
  }
} finally {
  await browser.close()
  await server.stop()
}
console.log(JSON.stringify({ chromium: browserInfo.source, runs: RUNS, results }, null, 2))
