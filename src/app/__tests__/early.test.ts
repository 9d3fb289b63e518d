import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PREFS_KEY } from '@/lib/prefs/store'
import { EARLY_KEYS_MS, takeEarlyKeys } from '@/lib/routes/early-keys'
import {
  EARLY_CLICKS,
  EARLY_SCREEN,
  type EarlyClicks,
  early,
  earlyScript,
  PRERENDER_PARSED,
} from '../prerender/early'
import { EARLY_CONFIG, SCREENS, serveScreens } from './early-config'

const config = EARLY_CONFIG
const html = document.documentElement
const saved = (state: unknown) => localStorage.setItem(PREFS_KEY, JSON.stringify({ state, version: 1 }))
const added = () =>
  [...document.head.querySelectorAll('link[rel=preload], script[src]')].map(
    (el) => el.getAttribute('href') ?? el.getAttribute('src'),
  )

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  for (const el of document.head.querySelectorAll('link[rel=preload], script[src]')) el.remove()
  html.removeAttribute('data-prerender')
  html.removeAttribute('data-actuals')
  html.className = ''
  html.lang = 'zh-CN'
})

describe('the early inline script', () => {
  it('keeps the prerendered Overview for a first visit to the Overview', () => {
    early(config)
    expect(html.dataset.prerender).toBe('use')
    expect(html.className).toBe('')
  })

  it('puts the saved theme on <html> before the first paint', () => {
    saved({ lang: 'zh', theme: 'projector' })
    early(config)
    expect(html.classList.contains('projector')).toBe(true)
    expect(html.dataset.prerender).toBe('use')
  })

  it("says the reader's language on <html> before the first paint, and writes nothing when it is said", () => {
    html.lang = 'zh-CN'
    const writes = new MutationObserver(() => {})
    writes.observe(html, { attributes: true, attributeFilter: ['lang'] })
    early(config)
    expect(writes.takeRecords()).toHaveLength(0) // index.html already says zh-CN
    saved({ lang: 'en', theme: 'light' })
    early(config)
    expect(html.lang).toBe('en')
    expect(writes.takeRecords()).toHaveLength(1)
    writes.disconnect()
  })

  it('hides the prerender when the saved language is not the prerendered one', () => {
    saved({ lang: 'en', theme: 'dark' })
    early(config)
    expect(html.dataset.prerender).toBe('skip')
    expect(html.classList.contains('dark')).toBe(true)
  })

  it.each(['#/projects', '#/?report=other', '#/present'])('hides the prerender for %s', (hash) => {
    window.location.hash = hash
    early(config)
    expect(html.dataset.prerender).toBe('skip')
  })

  it('reads corrupted or foreign saved values as nothing', () => {
    localStorage.setItem(PREFS_KEY, '{not json')
    early(config)
    expect(html.dataset.prerender).toBe('use')
    saved({ lang: 'fr', theme: 'neon' })
    early(config)
    expect(html.dataset.prerender).toBe('use')
    expect(html.className).toBe('')
  })

  it('starts the scripts at once when the prerender is hidden', () => {
    window.location.hash = '#/projects'
    early(config)
    expect(added()).toEqual(['/data/manifest.json', '/assets/index-test.js'])
    const script = document.head.querySelector('script[src]')
    expect(script?.getAttribute('type')).toBe('module')
    expect(script?.getAttribute('crossorigin')).toBe('')
  })

  it('starts the scripts only after the first frame, once', () => {
    early(config) // jsdom has no paint timing: the requestAnimationFrame fallback
    expect(added()).toEqual([])
    vi.runAllTimers()
    expect(added()).toEqual(['/data/manifest.json', '/assets/index-test.js'])
    vi.runAllTimers()
    expect(added()).toHaveLength(2)
  })

  it('remembers the buttons clicked and menus changed on the prerendered page until told to stop', () => {
    document.body.innerHTML =
      '<div id="root"><button type="button">English</button><a href="#/targets">目标</a><select><option>a</option></select></div>'
    early(config)
    const clicks = (window as unknown as Record<string, EarlyClicks>)[EARLY_CLICKS]
    const [button, link, select] = [
      document.querySelector('button'),
      document.querySelector('a'),
      document.querySelector('select'),
    ]
    button?.click()
    link?.click()
    select?.dispatchEvent(new Event('change', { bubbles: true }))
    expect(clicks?.targets).toEqual([
      { el: button, type: 'click' },
      { el: select, type: 'change', value: 'a' },
    ])
    clicks?.stop()
    button?.click()
    expect(clicks?.targets).toHaveLength(2)
    document.body.innerHTML = ''
  })

  it('serialises to a script that does the same on its own', () => {
    saved({ lang: 'zh', theme: 'dark' })
    new Function(earlyScript({ ...config, load: [] }))()
    expect(html.classList.contains('dark')).toBe(true)
    expect(html.dataset.prerender).toBe('use')
  })

  describe("when the app's script fails to load", () => {
    const fail = () => document.head.querySelector('script[src]')?.dispatchEvent(new Event('error'))
    const banner = () => document.getElementById('entry-failed')
    afterEach(() => {
      document.body.innerHTML = ''
    })

    it('says the page shows the data as built, with a reload', () => {
      document.body.innerHTML = '<div id="root" data-prerendered="x"><h1>总览</h1></div>'
      early(config)
      vi.runAllTimers()
      fail()
      expect(banner()?.getAttribute('role')).toBe('alert')
      expect(banner()?.textContent).toContain('构建时的数据')
      expect([...(banner()?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual([
        '重新加载',
      ])
      fail()
      expect(document.querySelectorAll('#entry-failed')).toHaveLength(1)
    })

    it("on another screen, in the reader's language, offers the Overview as built", () => {
      document.body.innerHTML = '<div id="root" data-prerendered="x"><h1>总览</h1></div>'
      saved({ lang: 'en', theme: 'light' })
      window.location.hash = '#/projects'
      early(config)
      fail()
      expect(banner()?.textContent).toContain('cannot be opened')
      const show = [...(banner()?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent === 'Show the Overview',
      )
      show?.click()
      expect(html.dataset.prerender).toBe('use')
      expect(window.location.hash).toBe('')
      expect(banner()?.textContent).toContain('data as built')
      expect(banner()?.textContent).not.toContain('Show the Overview')
    })

    it('without a prerendered page, offers only the reload', () => {
      document.body.innerHTML = '<div id="root"></div>'
      window.location.hash = '#/projects'
      early(config)
      fail()
      expect([...(banner()?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual([
        '重新加载',
      ])
    })
  })

  describe('the status rows of the KPI cards', () => {
    const HINT = 'work-report-dashboard:user-data'
    const withHint = { ...config, actuals: { key: HINT, report: 'chaoyang-2023' } }
    const hint = (value: unknown) => localStorage.setItem(HINT, JSON.stringify(value))

    it('reserves them before the first paint when the hint lists the report’s figures or examples', () => {
      hint({ actuals: ['chaoyang-2023'], examples: [], ledger: [] })
      early(withHint)
      expect(html.hasAttribute('data-actuals')).toBe(true)
      html.removeAttribute('data-actuals')
      hint({ actuals: [], examples: ['chaoyang-2023'], ledger: [] })
      new Function(earlyScript({ ...withHint, load: [] }))()
      expect(html.hasAttribute('data-actuals')).toBe(true)
    })

    it('leaves the cards as they are with no figures, figures of another report, or a broken hint', () => {
      early(withHint)
      expect(html.hasAttribute('data-actuals')).toBe(false)
      hint({ actuals: ['other-2024'], examples: [], ledger: ['chaoyang-2023'] })
      early(withHint)
      expect(html.hasAttribute('data-actuals')).toBe(false)
      localStorage.setItem(HINT, '{broken')
      early(withHint)
      expect(html.hasAttribute('data-actuals')).toBe(false)
    })
  })
})

describe('the early script on a deep link', () => {
  const screens = SCREENS
  const FRAGMENT =
    '<template data-prerendered="r/report.json" data-fingerprint="f1" data-screen="zh/projects"></template><h1>项目</h1>'
  const root = () => document.getElementById('root') as HTMLElement
  const carrier = () => document.head.querySelector<HTMLScriptElement>('script[src^="screens/"]')
  beforeEach(() => {
    vi.useRealTimers()
    document.body.innerHTML = '<div id="root" data-prerendered="r/report.json"><article>总览</article></div>'
  })
  afterEach(() => {
    window.location.hash = ''
    document.body.innerHTML = ''
    vi.restoreAllMocks()
  })

  it("loads the screen's fragment with the first paint held for it, puts it in #root stamped, and shows it", async () => {
    const asked = serveScreens(FRAGMENT)
    window.location.hash = '/projects?sector=energy'
    early({ ...config, screens })
    expect(asked).toEqual(['screens/abc/zh/projects.js'])
    expect(carrier()?.getAttribute('blocking')).toBe('render') // no frame before it has run
    expect(html.dataset.prerender).toBe('skip') // the Overview stays hidden meanwhile
    expect(added()).not.toContain('/assets/index-test.js') // the app's script follows the screen's paint
    await vi.waitFor(() => expect(html.dataset.prerender).toBe('use'))
    expect(root().innerHTML).toBe('<h1>项目</h1>')
    expect(root().dataset.screen).toBe('zh/projects')
    expect(root().dataset.fingerprint).toBe('f1')
  })

  it('puts the fragment in #root only once the Overview is parsed, in the same task', async () => {
    serveScreens(null)
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading')
    document.body.innerHTML = ''
    window.location.hash = '/projects'
    early({ ...config, screens })
    const take = (window as unknown as Record<string, (text: string) => void>)[EARLY_SCREEN]
    take?.(FRAGMENT) // the script ran while <head> was parsed: #root is not there yet
    expect(html.dataset.prerender).toBe('skip')
    document.body.innerHTML = '<div id="root" data-prerendered="r/report.json"><article>总览</article></div>'
    await Promise.resolve() // the parser's task ends: its mutations are seen before any frame
    expect(html.dataset.prerender).toBe('skip') // the Overview is parsed, not yet its end
    const parsed = document.createElement('span')
    parsed.id = PRERENDER_PARSED
    document.body.append(parsed)
    await Promise.resolve()
    expect(html.dataset.prerender).toBe('use')
    expect(root().innerHTML).toBe('<h1>项目</h1>')
  })

  it('asks for the language the reader chose, and the Overview in it', () => {
    const asked = serveScreens(FRAGMENT)
    saved({ lang: 'en', theme: 'light' })
    early({ ...config, screens })
    expect(asked).toEqual(['screens/abc/en/index.js'])
  })

  it("leaves the screen to the app when this browser holds the user's data (the build rendered none)", () => {
    const asked = serveScreens(FRAGMENT)
    const HINT = 'work-report-dashboard:user-data'
    const withHint = { ...config, screens, actuals: { key: HINT, report: 'chaoyang-2023' } }
    window.location.hash = '/projects'
    for (const held of [{ ledger: ['chaoyang-2023'] }, { reports: ['songchuan-2023'] }, { actuals: ['x'] }]) {
      localStorage.setItem(
        HINT,
        JSON.stringify({ actuals: [], examples: [], ledger: [], reports: [], ...held }),
      )
      early(withHint)
    }
    expect(asked).toEqual([])
    localStorage.setItem(HINT, JSON.stringify({ actuals: [], examples: [], ledger: [], reports: [] }))
    early(withHint)
    expect(asked).toEqual(['screens/abc/zh/projects.js'])
    localStorage.removeItem(HINT)
  })

  it('leaves to the app a screen not rendered, another report or language asked for, or a failed load', async () => {
    const asked = serveScreens(null)
    for (const hash of ['/monitor', '/projects?report=x', '/projects?lang=en']) {
      window.location.hash = hash
      early({ ...config, screens })
    }
    expect(asked).toEqual([])
    window.location.hash = '/targets'
    early({ ...config, screens })
    expect(asked).toHaveLength(1)
    await vi.waitFor(() => expect(carrier()).toBeNull()) // the paint is held no longer
    expect(added()).toContain('/assets/index-test.js')
    expect(html.dataset.prerender).toBe('skip')
    expect(root().textContent).toBe('总览')
  })

  it('leaves the screen to the app when its script runs without handing a fragment over (a host’s page)', async () => {
    serveScreens('<!doctype html><title>404</title>')
    window.location.hash = '/targets'
    early({ ...config, screens })
    await vi.waitFor(() => expect(carrier()).toBeNull())
    expect(added()).toContain('/assets/index-test.js')
    expect(html.dataset.prerender).toBe('skip')
    expect(root().textContent).toBe('总览')
  })

  it('paints the page without the fragment after 3 s (a stalled network), and ignores it when it comes', () => {
    vi.useFakeTimers()
    window.location.hash = '/targets' // no serveScreens: the script never arrives
    early({ ...config, screens })
    expect(carrier()).not.toBeNull()
    vi.advanceTimersByTime(2999)
    expect(added()).not.toContain('/assets/index-test.js')
    vi.advanceTimersByTime(1)
    expect(carrier()).toBeNull()
    expect(added()).toContain('/assets/index-test.js')
    ;(window as unknown as Record<string, (text: string) => void>)[EARLY_SCREEN]?.(FRAGMENT)
    expect(root().textContent).toBe('总览') // the app renders the screen: a late fragment changes nothing
    expect(html.dataset.prerender).toBe('skip')
  })
})

describe('keys pressed before the app listens (a clicker on the deck’s link)', () => {
  afterEach(() => {
    takeEarlyKeys() // ends the recording
    location.hash = ''
    document.body.replaceChildren()
  })
  const press = (key: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true, ...init }))

  it('hands the deck the keys pressed on its screen, in order and once, and then stops recording', () => {
    location.hash = '#/present?slides=title,kpis'
    early({ ...config, load: [] })
    press('PageDown')
    press('ArrowRight', document.body, { shiftKey: true })
    press('c', document.body, { ctrlKey: true }) // a copy, not a deck key
    press('Tab') // moving focus
    const field = document.createElement('input')
    document.body.append(field)
    press('b', field) // typed into a field
    expect(takeEarlyKeys()).toEqual([
      { key: 'PageDown', code: 'PageDown', shiftKey: false },
      { key: 'ArrowRight', code: 'ArrowRight', shiftKey: true },
    ])
    press('PageDown') // the deck listens itself from now on
    expect(takeEarlyKeys()).toEqual([])
  })

  it('gives no screen the keys pressed on another one, nor keys older than it waits for', () => {
    vi.useFakeTimers({ toFake: ['performance', 'setTimeout'] })
    try {
      location.hash = '#/'
      early({ ...config, load: [] })
      press('PageDown') // on the Overview
      location.hash = '#/present'
      expect(takeEarlyKeys()).toEqual([])
      early({ ...config, load: [] })
      press('PageDown')
      vi.advanceTimersByTime(EARLY_KEYS_MS + 1)
      expect(takeEarlyKeys()).toEqual([])
    } finally {
      vi.useRealTimers()
    }
  })
})
