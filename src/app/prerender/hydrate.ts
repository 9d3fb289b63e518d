import type { QueryClient } from '@tanstack/react-query'
import { type ReactNode, startTransition } from 'react'
import { hydrateRoot } from 'react-dom/client'
import {
  checkDefaultReport,
  type DefaultReport,
  fingerprint,
  loadDefaultTexts,
  seedDefaultReport,
  trustedDefaultReport,
} from '@/lib/data/default-report'
import { reportTextQueryOptions } from '@/lib/data/queries'
import { loadText } from '@/lib/data/transport'
import { DEFAULT_PREFS, usePrefs } from '@/lib/prefs/store'
import {
  currentPath,
  currentSearch,
  holdSearchUntilHydrated,
  searchApplied,
  setServerLocation,
} from '@/lib/routes/hash-location'
import { screenCommitted } from '@/lib/routes/screen-committed'
import { USER_DATA } from '@/lib/user-data/key'
import { ROOT_OPTIONS } from '../root-options'
import { EARLY_CLICKS, EARLY_VIEW, type EarlyClicks } from './early'
import { PRERENDERED_PATH } from './render-location'

// Taking over the prerendered HTML (./README.md): the Overview of index.html, or the screen whose
// fragment the early script put in its place. React hydrates the HTML the user is already looking at
// only when this visit shows what the build rendered: that screen, in that language, from the very
// data (and text) it was rendered from. Otherwise the app renders afresh. A screen's view state in
// the query (filters …) is applied after hydrating, as a transition (SearchRelease, hash-location.ts).

const early = () => (window as unknown as Record<string, EarlyClicks | undefined>)[EARLY_CLICKS]

/** The screen the prerendered HTML shows, as `lang + path` (index.html's own: the Overview). */
const screenOf = (root: HTMLElement) => root.dataset.screen ?? `${DEFAULT_PREFS.lang}${PRERENDERED_PATH}`

/** True when the visit shows what the prerendered HTML shows, where and in the language it shows it. */
function showsPrerendered(root: HTMLElement): boolean {
  const search = new URLSearchParams(currentSearch())
  return (
    document.documentElement.dataset.prerender === 'use' &&
    `${usePrefs.getState().lang}${currentPath()}` === screenOf(root) &&
    // The Overview of index.html: no query at all. A fragment: no other report or language asked for.
    (root.dataset.screen ? !search.has('report') && !search.has('lang') : currentSearch() === '')
  )
}

/** True when the cache now holds exactly the data the prerendered HTML shows, on the screen it is. */
async function seedForHydration(client: QueryClient, root: HTMLElement): Promise<boolean> {
  if (!showsPrerendered(root)) return false
  let data: DefaultReport
  let same: boolean
  try {
    // index.html preloads both files, so this waits for nothing the Overview would not wait for.
    const texts = await loadDefaultTexts(loadText)
    same = texts.file === root.dataset.prerendered && fingerprint(texts) === root.dataset.fingerprint
    await nextTask()
    data = same ? trustedDefaultReport(texts) : await checkDefaultReport(texts)
  } catch {
    return false // a broken dataset: render from scratch, which shows the data error panel
  }
  seedDefaultReport(client, data) // checked data: the app needs it whichever way it starts
  if (same && root.dataset.textFingerprint) same = await seedText(client, data, root.dataset.textFingerprint)
  // A report corrected or swapped after the build: render the served data, not the stale HTML. And a
  // link in the prerendered HTML may have been followed while the data loaded.
  return same && showsPrerendered(root)
}

/**
 * A screen of the reader's own data was rendered as an empty store answers (the early script showed
 * it because the user-data hint lists nothing): the app starts from those answers, then asks the
 * real store (hydratePrerendered), which fills in whatever the hint did not know of.
 */
function seedEmptyStore(client: QueryClient, state: string): boolean {
  try {
    for (const [key, data] of JSON.parse(state) as [unknown[], unknown][]) client.setQueryData(key, data)
    return true
  } catch {
    return false // not what the build wrote: render afresh
  }
}

/** The report's text in the cache, for a screen that shows it; true when it is the text rendered. */
async function seedText(client: QueryClient, data: DefaultReport, stamp: string): Promise<boolean> {
  const options = reportTextQueryOptions(data.file, data.report.textFile ?? '')
  try {
    const text = await client.fetchQuery(options)
    return fingerprint({ manifest: '', file: String(options.queryKey[1]), report: text }) === stamp
  } catch {
    return false // the screen says the text is missing, rendered afresh
  }
}

/**
 * Hydrates the prerendered HTML in #root with `app` when it is what this visit shows, and replays
 * what the user did on it before React listened. False when there is nothing to hydrate: the caller
 * then renders from scratch (after discardPrerendered).
 */
export async function hydratePrerendered(root: HTMLElement, app: ReactNode, client: QueryClient) {
  if (!root.dataset.prerendered || !(await seedForHydration(client, root))) return false
  // Only now, when this HTML is hydrated for sure: answers left in the cache by a render afresh
  // would never be read again from the real store.
  if (root.dataset.userState && !seedEmptyStore(client, root.dataset.userState)) return false
  await nextTask()
  setServerLocation(currentPath()) // the screen's path, without its query: what the build rendered
  if (currentSearch()) holdSearchUntilHydrated() // the query follows, as a transition (hash-location.ts)
  // As a transition, hydration works in slices that leave the main thread free between them
  // (an old PC stays responsive; Lighthouse counts no long blocking task).
  startTransition(() => {
    hydrateRoot(root, app, ROOT_OPTIONS)
  })
  // The empty store's answers were what the build knew: the real store's are read as the screen mounts.
  if (root.dataset.userState) void client.invalidateQueries({ queryKey: [USER_DATA] })
  // React listens from here on, but the screen gets its real state (the link's query) only once it
  // has committed and the query has been applied (./committed.ts): until then the early script
  // keeps what the user does, and then it is done again, in order, each once React has hydrated the
  // element (a lazy screen's part waits for its code; a click on a part not hydrated yet could be lost).
  const clicks = early()
  if (clicks) void replay(clicks)
  // A filtered link's first paint left the other rows out and its counts blank (./early.ts): once
  // the app has filtered and counted, the rule goes (it would hide rows a change of filters brings
  // back). Not before, however long that takes: the rows it hides are the ones the app drops.
  void screenReady().then(idle).then(revealEarlyView)
  return true
}

/**
 * After the renders that follow the screen's commit (a filtered list's counts and charts follow
 * its table in transitions of their own, components/trailing-value.ts):
 * the browser is idle only once React has none left.
 */
const idle = () =>
  new Promise((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(resolve, { timeout: 2000 })
      : setTimeout(resolve, 100),
  )

/** The screen has committed, and rendered with the link's own query. */
const screenReady = () => Promise.all([screenCommitted, searchApplied])

/** Once the screen has committed with the link's own query (or 10 s have passed), and React is idle. */
async function settled() {
  await Promise.race([screenReady(), new Promise((resolve) => setTimeout(resolve, 10_000))])
  await idle()
}

const dropEarlyView = () => document.getElementById(EARLY_VIEW)?.remove()

/**
 * What the early view left out comes back a part per frame (`data-follows-query=part`: a chart, the
 * totals), each laid out in a frame of its own rather than all in one long one (13 ms unthrottled
 * here, four times that on an old PC), and then the view goes. Nothing follows the parts, and they
 * come in page order, so nothing shown moves.
 */
async function revealEarlyView() {
  const parts = [...document.querySelectorAll<HTMLElement>('#root [data-follows-query=part]')]
  for (const part of parts) {
    if (!document.getElementById(EARLY_VIEW)) break // another view was asked for: the app has it
    part.dataset.shown = ''
    await nextFrame()
  }
  dropEarlyView()
  for (const part of parts) delete part.dataset.shown
}

/** After the next frame has been drawn, or 100 ms (a tab in the background draws no frames). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    const late = setTimeout(resolve, 100)
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(late)
        resolve()
      }, 0),
    )
  })

async function replay({ targets, stop }: EarlyClicks) {
  await settled()
  stop()
  for (const { el, type, value, files } of targets) {
    el.removeAttribute('data-pending')
    if (!(await hydrated(el))) continue
    if (type === 'click') el.click()
    else if (type === 'submit') (el as HTMLFormElement).requestSubmit()
    else if (type === 'input') retype(el as HTMLInputElement, value ?? '')
    else if (type === 'drop') {
      const dataTransfer = new DataTransfer()
      for (const file of files ?? []) dataTransfer.items.add(file)
      el.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer }))
    } else {
      if (value !== undefined) (el as HTMLSelectElement).value = value
      el.dispatchEvent(new Event('change', { bubbles: true }))
    }
  }
}

/**
 * Gives a field the text typed into it before React listened, as React's onChange expects it: React
 * notices a change only against the value it last saw (set through the element: ''), so the text is
 * then set past it (through the prototype's setter) and announced with an input event. Where React
 * already had the text, this changes nothing.
 */
function retype(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const set = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set
  if (!set || el.value !== value) return // typed on since: the field has what the user wants
  el.value = ''
  set.call(el, value)
  el.dispatchEvent(new Event('input', { bubbles: true }))
}

/**
 * Resolves true once React owns `el` (its props are on the element, React's own mark of a hydrated
 * node), false if it leaves the page or 10 s pass.
 */
async function hydrated(el: HTMLElement): Promise<boolean> {
  const deadline = performance.now() + 10_000
  while (!Object.keys(el).some((k) => k.startsWith('__reactProps$'))) {
    if (!el.isConnected || performance.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 30))
  }
  return true
}

/** Drops the prerendered HTML (and the clicks made on it) before a render from scratch. */
export function discardPrerendered(root: HTMLElement) {
  early()?.stop() // the prerendered buttons are about to go: their clicks with them
  dropEarlyView()
  root.replaceChildren()
  delete root.dataset.prerendered
  delete root.dataset.screen
  delete root.dataset.textFingerprint
}

/** Ends the current task, so start-up runs as several short tasks rather than one long one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
