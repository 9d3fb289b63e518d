// Lighthouse 12 (mobile form factor, default simulated throttling: a mid-range phone on slow 4G,
// which is harsher than the old office PC on a county LAN we design for) against a served page.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_FLAGS, findChromium } from '../lib/chromium.mjs'

const AUDITS = {
  lcpMs: 'largest-contentful-paint',
  fcpMs: 'first-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
}

export const TARGETS = { performance: 0.95, lcpMs: 1800, tbtMs: 150, cls: 0.02 }

async function once(url, chromePath) {
  // A fresh profile per run: no cache, no service worker, no state carried between runs.
  const userDataDir = mkdtempSync(join(tmpdir(), 'bench-chrome-'))
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    userDataDir,
    logLevel: 'silent',
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    })
    const lhr = result?.lhr
    if (!lhr) throw new Error('lighthouse returned no result')
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const run = { performance: lhr.categories.performance.score }
    for (const [key, id] of Object.entries(AUDITS)) run[key] = lhr.audits[id]?.numericValue ?? null
    run.lcpElement = findSnippet(lhr.audits['largest-contentful-paint-element']?.details)
    run.renderBlocking = (lhr.audits['render-blocking-resources']?.details?.items ?? []).map((i) => ({
      url: i.url,
      wastedMs: i.wastedMs,
    }))
    run.criticalChain = chainUrls(lhr.audits['critical-request-chains']?.details?.chains)
    run.warnings = lhr.runWarnings
    run.benchmarkIndex = lhr.environment?.benchmarkIndex ?? null
    // Where the main-thread time went (what TBT is made of), top items.
    run.mainThread = (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((i) => ({
      group: i.group,
      ms: Math.round(i.duration),
    }))
    run.bootup = (lhr.audits['bootup-time']?.details?.items ?? []).slice(0, 4).map((i) => ({
      url: i.url.replace(/^https?:\/\/[^/]+/, ''),
      scriptingMs: Math.round(i.scripting),
      totalMs: Math.round(i.total),
    }))
    return run
  } finally {
    await chrome.kill()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}

/** The first DOM node snippet anywhere in an audit's details (its shape varies by audit version). */
function findSnippet(node) {
  if (!node || typeof node !== 'object') return null
  if (typeof node.snippet === 'string') return node.snippet
  for (const v of Object.values(node)) {
    const found = findSnippet(v)
    if (found) return found
  }
  return null
}

/** The longest request chain (e.g. html → entry js → manifest.json → report.json), as URLs. */
function chainUrls(chains) {
  let best = []
  const walk = (node, path) => {
    const here = [...path, node.request.url.replace(/^https?:\/\/[^/]+/, '')]
    const kids = Object.values(node.children ?? {})
    if (!kids.length && here.length > best.length) best = here
    for (const k of kids) walk(k, here)
  }
  for (const c of Object.values(chains ?? {})) walk(c, [])
  return best
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b)
  if (!s.length) return null
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}
const round = (x, d = 0) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d)

/** Touch every file once so the first run does not also measure the preview server's cold start. */
async function warmUp(url) {
  const html = await (await fetch(url)).text()
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+)"/g)].map((m) => m[1])
  for (const f of [...files, 'data/manifest.json']) await fetch(new URL(f, url)).catch(() => {})
}

export async function lighthouseReport(url, runs) {
  const { path: chromePath } = await findChromium()
  await warmUp(url)
  const all = []
  for (let i = 0; i < runs; i++) all.push(await once(url, chromePath))
  const med = {
    performance: median(all.map((r) => r.performance)),
    lcpMs: round(median(all.map((r) => r.lcpMs))),
    tbtMs: round(median(all.map((r) => r.tbtMs))),
    cls: round(median(all.map((r) => r.cls)), 4),
    fcpMs: round(median(all.map((r) => r.fcpMs))),
    speedIndexMs: round(median(all.map((r) => r.speedIndexMs))),
  }
  const misses = Object.entries(TARGETS)
    .filter(([k, target]) => (k === 'performance' ? med[k] < target : med[k] > target))
    .map(([k, target]) => `${k} ${med[k]} (target ${k === 'performance' ? '≥' : '≤'} ${target})`)
  const last = all.at(-1)
  return {
    url,
    formFactor: 'mobile',
    throttling: 'simulated (Lighthouse default)',
    runs,
    median: med,
    targets: TARGETS,
    ok: misses.length === 0,
    misses,
    perRun: all.map(({ performance, lcpMs, tbtMs, cls, fcpMs, benchmarkIndex }) => ({
      benchmarkIndex,
      performance,
      lcpMs: round(lcpMs),
      tbtMs: round(tbtMs),
      cls: round(cls, 4),
      fcpMs: round(fcpMs),
    })),
    diagnostics: {
      lcpElement: last.lcpElement,
      mainThread: last.mainThread,
      bootup: last.bootup,
      renderBlocking: last.renderBlocking,
      longestRequestChain: last.criticalChain,
      warnings: last.warnings,
    },
  }
}
