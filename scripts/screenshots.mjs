#!/usr/bin/env node
// Screenshots of the built app for looking at (and for the README): every route given, at 1366×768
// 1920×1080 and 1024×768, in Chinese and English. Usage:
//   node scripts/screenshots.mjs [--out dir] [--theme light|dark|projector] [--sizes WxH,…] [--lang zh|en]
//                                [--examples] [--ledger] [route ...]
// --examples loads the invented example figures on #/monitor first (each shot has a fresh profile), so
// the Monitoring screen, its detail pages, the Overview's status rows and the deck's slide have data.
// --ledger imports an invented ledger (scripts/bench/synthetic-ledger.mjs, 示例数据, 300 projects as of
// June) on #/projects first, so the Projects screen, ledger project pages and the deck's slide have it.
// --every-slide (with a /present route): full screen as the audience sees it (controls hidden after 3 s),
// then one shot per slide of the deck, named …-sNN.png.
// Needs `npm run build` first. Uses Debian's chromium (with fonts-noto-cjk for readable Chinese).
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { ledgerRows, ledgerXlsx } from './bench/synthetic-ledger.mjs'

const ROOT = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const flag = (name, fallback) => {
  const i = args.indexOf(name)
  if (i < 0) return fallback
  const [value] = args.splice(i, 2).slice(1)
  return value
}
const out = resolve(flag('--out', '/tmp/shots'))
const theme = flag('--theme', 'light')
const port = Number(flag('--port', '4390'))
const langs = flag('--lang', 'zh,en').split(',')
// --sizes 1920x1080,1024x768 picks some; by default the laptop, the projector and the old meeting-room
// projector (1024×768, 4:3: the deck letterboxes its 16:9 frame).
const sizes = flag('--sizes', '1366x768,1920x1080,1024x768')
  .split(',')
  .map((s) => s.split('x').map(Number))
const examplesAt = args.indexOf('--examples')
const withExamples = examplesAt >= 0
if (withExamples) args.splice(examplesAt, 1)
const ledgerAt = args.indexOf('--ledger')
const ledgerFile =
  ledgerAt >= 0 ? resolve(mkdtempSync(resolve(tmpdir(), 'shots-')), '示例台账（虚构）.xlsx') : null
if (ledgerFile) {
  args.splice(ledgerAt, 1)
  writeFileSync(ledgerFile, ledgerXlsx(ledgerRows(300, 6), 6))
}
const everySlideAt = args.indexOf('--every-slide')
const everySlide = everySlideAt >= 0
if (everySlide) args.splice(everySlideAt, 1)
const routes = args.length ? args : ['/']
mkdirSync(out, { recursive: true })

const server = spawn(
  resolve(ROOT, 'node_modules/.bin/vite'),
  ['preview', '--port', String(port), '--strictPort'],
  {
    cwd: ROOT,
    stdio: 'ignore',
  },
)
const base = `http://127.0.0.1:${port}/`
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break
  } catch {}
  await new Promise((r) => setTimeout(r, 100))
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
})
try {
  for (const route of routes) {
    for (const lang of langs) {
      for (const [width, height] of sizes) {
        const context = await browser.newContext({ viewport: { width, height } })
        await context.addInitScript(
          (p) => localStorage.setItem('work-report-dashboard:prefs', p),
          JSON.stringify({ state: { lang, theme }, version: 1 }),
        )
        const page = await context.newPage()
        if (withExamples) {
          await page.goto(`${base}#/monitor`)
          await page.locator('[data-try-example], [data-board]').first().waitFor({ timeout: 15_000 })
          const button = page.locator('[data-try-example]')
          if (await button.count()) await button.click()
          await page.locator('[data-board]').waitFor({ timeout: 15_000 })
          // The first-paint hint is rewritten just after the store changes: wait for it, as a user would.
          await page.waitForFunction(() =>
            /"examples":\["/.test(localStorage.getItem('work-report-dashboard:user-data') ?? ''),
          )
          await page.goto('about:blank')
        }
        if (ledgerFile) {
          await page.goto(`${base}#/projects`)
          await page.locator('input[type=file]').setInputFiles(ledgerFile)
          const preview = page.getByRole('button', { name: /^(预览导入|Preview the import)$/ })
          await preview.waitFor({ timeout: 60_000 })
          await preview.click()
          const confirm = page.getByRole('button', { name: /^(确认导入 \d+ 行|Import \d+ rows?)$/ })
          await confirm.waitFor({ timeout: 60_000 })
          await confirm.click()
          await page.getByText(/已保存在本机|Saved on this computer/).waitFor({ timeout: 120_000 })
          await page.goto('about:blank')
        }
        await page.goto(`${base}#${route}`)
        // Wait until the data has rendered (a heading in main, or an error/notice), then for charts to settle.
        await page
          .locator('main h1, [role=alert], .deck')
          .first()
          .waitFor({ timeout: 15_000 })
          .catch(() => console.warn(`${route}: nothing rendered within 15 s`))
        if (ledgerFile && /^\/projects(\?|$)/.test(route))
          await page.locator('[data-testid=joined-table] tbody tr').first().waitFor({ timeout: 30_000 })
        // The Overview's status rows come with the store, after the first paint: on a loaded machine that
        // can take longer than the settling pause below.
        if (withExamples && route === '/')
          await page
            .locator('[data-status-note]')
            .waitFor({ timeout: 15_000 })
            .catch(() => console.warn('/: the status rows did not arrive within 15 s'))
        // A chart in the shot draws its bars a moment after the page (one below the fold stays its
        // table until scrolled to, and is not in the shot): wait for them (at most 5 s).
        await page
          .waitForFunction(
            () =>
              ![...document.querySelectorAll('main [data-chart-standin]')].some(
                (el) => el.getBoundingClientRect().top < innerHeight,
              ),
            undefined,
            { timeout: 5000 },
          )
          .catch(() => console.warn(`${route}: a chart had not drawn within 5 s`))
        await page.waitForTimeout(800)
        const name = `${route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'overview'}-${lang}-${width}-${theme}.png`
        if (everySlide) await shootEverySlide(page, name)
        else {
          await page.screenshot({ path: resolve(out, name) })
          const scroll = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)
          console.log(`${name}${scroll > 0 ? `  (scrolls ${scroll}px)` : ''}`)
        }
        await context.close()
      }
    }
  }
} finally {
  await browser.close()
  server.kill()
}

/** The deck in full screen with its controls hidden, one shot per slide. */
async function shootEverySlide(page, name) {
  const slideId = () =>
    page.evaluate(() => document.querySelector('[data-slide]')?.getAttribute('data-slide'))
  const settle = async () => {
    if (await page.locator('[data-slide] [data-chart-frame]').count())
      await page
        .locator('[data-slide] [data-chart] svg [data-bar]')
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => console.warn(`${name}: a slide's chart had not drawn within 10 s`))
    await page.waitForTimeout(400)
  }
  await page.keyboard.press('f')
  await page.waitForTimeout(3500) // the controls hide after 3 idle seconds
  const counter = (await page.getByTestId('deck-counter').locator('[aria-hidden="true"]').textContent()) ?? ''
  const total = Number(counter.replace(/\s/g, '').split('/')[1] ?? 1)
  for (let i = 1; i <= total; i++) {
    if (i > 1) {
      const before = await slideId()
      await page.keyboard.press('PageDown')
      await page.waitForFunction(
        (b) => document.querySelector('[data-slide]')?.getAttribute('data-slide') !== b,
        before,
      )
    }
    await settle()
    const file = `deck-${name.split('-').slice(-3).join('-')}`.replace(
      /\.png$/,
      `-s${String(i).padStart(2, '0')}-${await slideId()}.png`,
    )
    await page.screenshot({ path: resolve(out, file) })
    console.log(file)
  }
}
