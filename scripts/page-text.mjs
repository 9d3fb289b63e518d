#!/usr/bin/env node
// The text of every screen, page and slide of the built app, for a before/after comparison of a change
// that must not change any number ("every screen, slide and figure shows the same numbers as before").
//   node scripts/page-text.mjs --out .tmp/text-before.json        (after `npm run build`)
//   node scripts/page-text.mjs --compare .tmp/text-before.json    (prints pages whose numbers differ)
//   node scripts/page-text.mjs --no-loss .tmp/text-before.json    (fails, exit 1, if any page lost a number)
// --no-loss is the check for a change that may add figures (a new panel, a side column) but must not drop
// or change one: per page, every number of the baseline must still be there, as often as before; numbers
// only the new text has are listed as added, and a page the baseline had that is gone counts as lost.
// Each page's text is the main landmark's (the deck's for slides) without chart drawings; the
// comparison looks at the multiset of number tokens per page, so reworded labels do not count but a
// number that appears, disappears or changes does.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS, findChromium } from './lib/chromium.mjs'
import { startPreview } from './lib/preview.mjs'

const ROOT = resolve(import.meta.dirname, '..')
const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    compare: { type: 'string' },
    'no-loss': { type: 'string' },
    port: { type: 'string', default: '4388' },
    report: { type: 'string' },
  },
})

const manifest = JSON.parse(readFileSync(resolve(ROOT, 'public/data/manifest.json'), 'utf8'))
const entry = manifest.reports.find((r) => r.id === (args.report ?? manifest.defaultReport))
const data = JSON.parse(readFileSync(resolve(ROOT, 'public/data', entry.file), 'utf8'))
const q = entry.id === manifest.defaultReport ? '' : `report=${entry.id}`
const withQ = (route) => (q ? `${route}${route.includes('?') ? '&' : '?'}${q}` : route)

const routes = [
  '/',
  '/targets',
  '/projects',
  ...data.projects.map((p) => `/projects/${p.id}`),
  '/sectors',
  ...data.areas.map((a) => `/sectors/${a.id}`),
  '/source',
]

const server = await startPreview(Number(args.port))
const { path } = await findChromium()
const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_FLAGS })
const pages = {}

async function textOf(page, selector) {
  return page.evaluate((sel) => {
    const root = (document.querySelector(sel) ?? document.body).cloneNode(true)
    for (const svg of root.querySelectorAll('svg')) svg.remove()
    return (root.textContent ?? '').replace(/\s+/g, ' ').trim()
  }, selector)
}

async function settle(page) {
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() => {
    const text = document.body.textContent ?? ''
    return !/正在加载|Loading/.test(text) && document.querySelector('h1, [role="alert"]') !== null
  })
  await page.waitForTimeout(150)
}

try {
  for (const lang of ['zh', 'en']) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    await context.addInitScript(
      (p) => {
        if (location.protocol !== 'about:') localStorage.setItem('work-report-dashboard:prefs', p)
      },
      JSON.stringify({ state: { lang, theme: 'light' }, version: 1 }),
    )
    const page = await context.newPage()
    for (const route of routes) {
      await page.goto('about:blank')
      await page.goto(`${server.url}#${withQ(route)}`)
      await settle(page)
      pages[`${lang} ${route}`] = await textOf(page, 'main')
    }
    // Every slide the deck can show (all of them chosen), one by one.
    await page.goto('about:blank')
    await page.goto(`${server.url}#${withQ('/present')}`)
    await settle(page)
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll('[data-slide]')].map((s) => s.dataset.slide),
    )
    const all = data.areas.map((a) => `area-${a.id}`)
    const slides = ['title', 'kpis', 'targets', 'projects', ...all, 'problems', 'tasks']
    for (let i = 0; i < slides.length; i++) {
      await page.goto('about:blank')
      await page.goto(`${server.url}#${withQ(`/present?slides=${slides.join(',')}&slide=${i + 1}`)}`)
      await settle(page)
      const id = await page.evaluate(() => document.querySelector('[data-slide]')?.getAttribute('data-slide'))
      if (id) pages[`${lang} slide ${id}`] = await textOf(page, '[data-slide]')
    }
    void ids
    await context.close()
  }
} finally {
  await browser.close()
  await server.stop()
}

const numbers = (text) =>
  (text.match(/[+-]?\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, '')).sort()

if (args.out) {
  writeFileSync(resolve(ROOT, args.out), JSON.stringify(pages, null, 1))
  console.log(`${Object.keys(pages).length} pages written to ${args.out}`)
}
if (args.compare) {
  const before = JSON.parse(readFileSync(resolve(ROOT, args.compare), 'utf8'))
  let differ = 0
  for (const key of new Set([...Object.keys(before), ...Object.keys(pages)])) {
    const a = numbers(before[key] ?? '')
    const b = numbers(pages[key] ?? '')
    if (!(key in pages) || !(key in before)) {
      console.log(`${key}: ${key in pages ? 'new' : 'gone'}`)
      differ++
      continue
    }
    if (a.join(' ') === b.join(' ')) continue
    differ++
    const count = (list) => list.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map())
    const ca = count(a)
    const cb = count(b)
    const lost = [...ca].flatMap(([n, c]) => Array(Math.max(0, c - (cb.get(n) ?? 0))).fill(n))
    const added = [...cb].flatMap(([n, c]) => Array(Math.max(0, c - (ca.get(n) ?? 0))).fill(n))
    console.log(`${key}: lost [${lost.join(' ')}] added [${added.join(' ')}]`)
  }
  console.log(`${Object.keys(pages).length} pages compared, ${differ} differ in their numbers`)
}
if (args['no-loss']) {
  const before = JSON.parse(readFileSync(resolve(ROOT, args['no-loss']), 'utf8'))
  const count = (list) => list.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map())
  let lostPages = 0
  let gainedPages = 0
  for (const key of Object.keys(before)) {
    if (!(key in pages)) {
      console.log(`LOST ${key}: the page is gone`)
      lostPages++
      continue
    }
    const ca = count(numbers(before[key]))
    const cb = count(numbers(pages[key]))
    const lost = [...ca].flatMap(([n, c]) => Array(Math.max(0, c - (cb.get(n) ?? 0))).fill(n))
    const added = [...cb].flatMap(([n, c]) => Array(Math.max(0, c - (ca.get(n) ?? 0))).fill(n))
    if (lost.length) {
      lostPages++
      console.log(`LOST ${key}: [${lost.join(' ')}]${added.length ? ` (added [${added.join(' ')}])` : ''}`)
    } else if (added.length) {
      gainedPages++
      console.log(`added ${key}: [${added.join(' ')}]`)
    }
  }
  const fresh = Object.keys(pages).filter((k) => !(k in before))
  for (const key of fresh) console.log(`new page ${key}`)
  console.log(
    `no-loss: ${Object.keys(before).length} baseline pages; ${lostPages} lost a number; ${gainedPages} gained numbers; ${fresh.length} new`,
  )
  process.exit(lostPages ? 1 : 0)
}
process.exit(0)
