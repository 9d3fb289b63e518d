import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core'
import { inject } from 'vitest'
import { CHROMIUM_FLAGS } from '../../../scripts/lib/chromium.mjs'

export const baseUrl = () => inject('baseUrl')

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_FLAGS, // playwright gives every launch a fresh, empty profile
  })
}

export type Opened = {
  page: Page
  context: BrowserContext
  /** Console errors and uncaught page errors seen so far. */
  errors: string[]
  /** Requests that tried to leave the app's own origin (blocked). */
  foreign: string[]
}

type OpenOptions = {
  viewport?: { width: number; height: number }
  lang?: 'zh' | 'en'
  theme?: 'light' | 'dark' | 'projector'
  /** A file:// URL instead of the preview server (the single-file build). */
  url?: string
  acceptDownloads?: boolean
  /** Let the test inject scripts (axe-core) despite the app's CSP. Only for tools, never for journeys. */
  bypassCSP?: boolean
  /** Raw localStorage entries set before the app starts (e.g. corrupted saved preferences). */
  storage?: Record<string, string>
  /** Extra request handling, installed before navigating (it runs before the origin check). */
  routes?: (context: BrowserContext) => Promise<void>
  /** Default 'load'; 'commit' to look at the page before its scripts have run. */
  waitUntil?: 'load' | 'commit'
  /** false: the browser runs no script at all (what a locked-down PC may do). */
  javaScriptEnabled?: boolean
  /**
   * Default 'block': the service worker answers from its cache before any route handler sees a
   * request, so journeys that rewrite responses run without it. The offline journeys allow it.
   */
  serviceWorkers?: 'allow' | 'block'
  /** Another server than the suite's (a changed copy of the build: ./scratch-server.ts). */
  base?: string
  /** What a profile held before (localStorage and IndexedDB: ./user-data.ts), for the same origin. */
  state?: BrowserContextOptions['storageState']
}

/** Opens the built app at a hash route, watching the console and every request. */
export async function open(browser: Browser, route = '/', options: OpenOptions = {}): Promise<Opened> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 768 },
    acceptDownloads: options.acceptDownloads ?? true,
    locale: 'zh-CN',
    bypassCSP: options.bypassCSP ?? false,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    serviceWorkers: options.serviceWorkers ?? 'block',
    ...(options.state ? { storageState: options.state } : {}),
  })
  const errors: string[] = []
  const foreign: string[] = []
  const base = options.base ?? baseUrl()
  const origin = options.url ? 'file://' : new URL(base).origin
  const allowed = (url: string) =>
    options.url
      ? url.startsWith('file://') || url.startsWith('data:') || url.startsWith('blob:')
      : url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')
  if (options.serviceWorkers === 'allow') {
    // Chromium bypasses the service worker for a page with route handlers: with it allowed, foreign
    // requests are only watched (the app's CSP is what keeps them from leaving).
    context.on('request', (r) => {
      if (!allowed(r.url())) foreign.push(r.url())
    })
  } else {
    await context.route('**/*', (r) => {
      const url = r.request().url()
      if (allowed(url)) return r.continue()
      foreign.push(url)
      return r.abort()
    })
  }
  if (options.lang || options.theme) {
    const prefs = { state: { lang: options.lang ?? 'zh', theme: options.theme ?? 'light' }, version: 1 }
    await context.addInitScript((p) => {
      // Init scripts also run on about:blank, where localStorage is denied.
      if (location.protocol === 'about:') return
      localStorage.setItem('work-report-dashboard:prefs', p)
    }, JSON.stringify(prefs))
  }
  if (options.storage) {
    await context.addInitScript((entries) => {
      if (location.protocol === 'about:') return
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v)
    }, options.storage)
  }
  await options.routes?.(context)
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  const target = options.url ?? base
  await page.goto(`${target}#${route}`, { waitUntil: options.waitUntil ?? 'load' })
  return { page, context, errors, foreign }
}

/**
 * Waits until React has taken `selector` over (hydrated the prerendered element, or rendered it): a
 * prerendered screen paints before the app, and its inputs, marks and print listener are the app's.
 */
export async function appOwns(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(owned, selector)
}

/** True when React has taken `selector` over now (false before any app script has run). */
export const reactOwns = (page: Page, selector: string) => page.evaluate(owned, selector)

const owned = (s: string) =>
  Object.keys(document.querySelector(s) ?? {}).some((k) => k.startsWith('__reactFiber'))
