#!/usr/bin/env node
// Benchmark of the Projects explorer on large synthetic datasets (not a timed test).
//   node scripts/bench-projects.mjs [--no-build] [--sizes 10000,100000] [--runs 20]
// Builds the app (unless --no-build and dist/ exists), serves dist/ with `vite preview`, replaces
// data/chaoyang-2023/report.json with a synthetic report through playwright's route.fulfill, and in
// Chromium measures the time from a filter change (a sector checkbox click) to the updated table
// having been committed and a frame rendered (MutationObserver + requestAnimationFrame in the page).
// Prints JSON: medians per size, DOM rows, JS heap (CDP), load time.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { runnerImport } from 'vite'
import { syntheticReport } from './bench/synthetic-projects.mjs'

const ROOT = resolve(import.meta.dirname, '..')
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

if (!args.includes('--no-build') || !existsSync(resolve(ROOT, 'dist/index.html'))) {
  log('building with vite…')
  const r = spawnSync(resolve(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
  })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const { module: fb } = await runnerImport(resolve(ROOT, 'tests/e2e/support/find-browser.ts'))
const browserInfo = await fb.findChromium()
const server = spawn(
  resolve(ROOT, 'node_modules/.bin/vite'),
  ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    cwd: ROOT,
    stdio: 'ignore',
  },
)
const base = `http://127.0.0.1:${PORT}/`
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break
  } catch {}
  await new Promise((r) => setTimeout(r, 150))
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const round = (x) => Math.round(x * 10) / 10

const real = JSON.parse(readFileSync(resolve(ROOT, 'public/data/chaoyang-2023/report.json'), 'utf8'))
const browser = await chromium.launch({
  executablePath: browserInfo.path,
  headless: true,
  args: fb.CHROMIUM_FLAGS,
})
const results = []
try {
  for (const size of SIZES) {
    const body = JSON.stringify(syntheticReport(real, size))
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
    const page = await context.newPage()
    const errors = []
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.route('**/data/chaoyang-2023/report.json', (r) =>
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
            const input = [...(form?.querySelectorAll('label') ?? [])]
              .find((l) => l.textContent?.replace('✓', '').trim() === label)
              ?.querySelector('input')
            const main = document.querySelector('main')
            if (!input || !main) return reject(new Error('no sector checkbox'))
            const before = document.querySelector('[data-testid="result-count"]')?.textContent
            const start = performance.now()
            const obs = new MutationObserver(() => {
              if (document.querySelector('[data-testid="result-count"]')?.textContent === before) return
              obs.disconnect()
              requestAnimationFrame(() => resolve(performance.now() - start))
            })
            obs.observe(main, { subtree: true, childList: true, characterData: true })
            input.click()
          }),
        label,
      )
    const on = []
    const off = []
    await toggleSector('能源') // warm-up
    await toggleSector('能源')
    for (let i = 0; i < RUNS; i++) {
      on.push(await toggleSector('能源'))
      await page.waitForTimeout(30)
      off.push(await toggleSector('能源'))
      await page.waitForTimeout(30)
    }
    const domRows = await page.locator('table tbody tr[data-index]').count()
    const virtual = await page.locator('[data-virtual="true"]').count()
    const cdp = await context.newCDPSession(page)
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
        min: round(Math.min(...all)),
        max: round(Math.max(...all)),
        samples: all.length,
      },
      budgetMs: BUDGET[size] ?? null,
      withinBudget: BUDGET[size] ? median(all) <= BUDGET[size] : null,
      domRows,
      virtualised: virtual > 0,
      jsHeapMB: round(heap / 1e6),
      consoleErrors: errors,
    })
    log(`${size}: median ${round(median(all))} ms, ${domRows} DOM rows, heap ${round(heap / 1e6)} MB`)
    await context.close()
  }
} finally {
  await browser.close()
  server.kill()
}
console.log(JSON.stringify({ chromium: browserInfo.source, runs: RUNS, results }, null, 2))
