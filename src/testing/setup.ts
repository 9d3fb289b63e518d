import '@testing-library/jest-dom/vitest'
// jsdom has no IndexedDB: an in-memory one, so src/lib/store runs its real code in tests.
import 'fake-indexeddb/auto'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
// Every module that registers a first-paint catalog (the routes reach them all) before English is
// loaded below, as the app's boot does.
import '@/app/routes'
import { preloadBarChart } from '@/components/charts/bar-chart'
import { preloadLineChart } from '@/components/charts/line-chart'
import { setLanguage } from '@/lib/i18n'
import { loadLanguage } from '@/lib/i18n/translate'
import { DEFAULT_PREFS, usePrefs } from '@/lib/prefs/store'

// A chart measures its box (ResizeObserver, getBoundingClientRect); jsdom has no layout and would draw
// nothing in a 0×0 box, so every observed box reports 800×300.
class SizedResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { width: 800, height: 300, top: 0, left: 0, bottom: 300, right: 800, x: 0, y: 0 }
    this.callback(
      [{ target, contentRect: { ...rect, toJSON: () => rect } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    )
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = SizedResizeObserver as unknown as typeof ResizeObserver

// Loaded on demand in the app (the first paint has neither): here from the start, so a test renders
// English and draws its charts at once.
await Promise.all([loadLanguage('en'), preloadBarChart(), preloadLineChart()])

// findBy* waits up to 10 s (default 1 s): a file's first test loads its lazy screen cold, and on a
// shared 2-core machine at load 14 that took over 5 s (monitor-page, prerender). A missing element
// still fails, only later.
configure({ asyncUtilTimeout: 10_000 })

afterEach(() => {
  cleanup()
  localStorage.clear()
  usePrefs.setState({ ...DEFAULT_PREFS, recovered: false, unsaved: false, ignoredLink: [] })
  setLanguage('zh')
  window.location.hash = ''
})
