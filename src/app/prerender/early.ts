// The one inline script of index.html (the build puts it in <head>, allowed by its sha256 in the CSP;
// see ./plugin-prerender.ts). It runs before the first paint, so it must be small, plain
// and self-contained: it is serialised with Function#toString, so it may use only its argument and
// browser globals, never an import.
//
// It does five things:
//  1. puts the saved theme's class on <html>, so a dark or projector user never sees a light flash;
//     and <html data-actuals> when the user-data hint (src/lib/user-data/hint.ts) says the default
//     report has monitoring figures: CSS then reserves each KPI card's status row before the first
//     paint, so the figures, loaded later with the store, shift nothing (CLS);
//  2. decides whether the prerendered Overview in #root is what this visit will show (the Overview,
//     no query, in the prerendered language). If not, <html data-prerender="skip"> hides it, so a
//     link to #/projects or an English user does not see the Chinese Overview flash before the app
//     renders the right screen. ./hydrate.ts makes the same decision again before hydrating. For
//     another screen it loads that screen's fragment and paints it instead (holding the first paint until it is in); a link to a filtered
//     list paints only the link's rows (`views`);
//  3. starts the app's script, its module preloads and the data preloads only once the prerendered
//     Overview is on screen, so nothing competes with the HTML and CSS for the first paint;
//  4. until the app takes the page over, remembers what the user does on it: the buttons clicked (a
//     language switch, a source button), the boxes ticked (a filter chip), the menus changed (the
//     theme), the text typed or pasted (a report on #/ingest) and the files chosen or dropped (a
//     ledger), as on an old PC that window lasts a second or more. And from the very start, the keys pressed outside a field (a clicker on the deck's
//     link), which the deck takes when it listens (src/lib/routes/early-keys.ts); ./hydrate.ts does them again once React listens (links need
//     nothing: the hash they set is read when the app starts). When the prerender is hidden, or in a
//     background tab where no frame is painted, it starts them at once;
//  5. when the app's script cannot be loaded (a 404, an HTML page in its place, the network), says so
//     in a banner: the page shows the data as built, nothing on it works, and Reload is the way out
//     (with a link to the prerendered Overview when another screen was asked for).

export type Tag = { name: 'script' | 'link'; attrs: Record<string, string> }

/** What was done on the prerendered page before the app could handle it (window[EARLY_CLICKS]). */
export type EarlyClicks = {
  /**
   * A menu's change carries the value chosen (hydration may set the menu back before the replay); a
   * file input's change keeps its files on the input; a file dropped on a drop zone carries its files.
   */
  targets: {
    el: HTMLElement
    type: 'click' | 'input' | 'submit' | 'change' | 'drop'
    value?: string
    files?: File[]
  }[]
  stop: () => void
}
export const EARLY_CLICKS = 'prerenderClicks'

/** The window property a screen's fragment script calls with the fragment (./screens.ts). */
export const EARLY_SCREEN = 'prerenderedScreen'
/** The empty element index.html has right after #root: once it is parsed, so is the Overview. */
export const PRERENDER_PARSED = 'prerender-parsed'

/** The banner's words in one language (./i18n.ts, from ./locales). */
export type EntryFailedWords = { shown: string; hidden: string; reload: string; overview: string }

export type EarlyConfig = {
  /** localStorage key of the saved preferences (zustand persist: {"state":{lang,theme},"version"}). */
  key: string
  /** The language the Overview was prerendered in; also the app's default language. */
  lang: string
  langs: readonly string[]
  /** Each language's BCP 47 tag, for <html lang>. */
  tags: Readonly<Record<string, string>>
  themes: readonly string[]
  /** The <script> and <link rel=preload|modulepreload> tags the build took out of <head>, in order. */
  load: Tag[]
  /** The window property for the clicks it remembers (EARLY_CLICKS). */
  clicks: string
  /** The window property for the keys it records (EARLY_KEYS), and for how long (EARLY_KEYS_MS). */
  keys: { name: string; ms: number }
  /** The words of the banner shown when the app's script fails to load, by language. */
  failed: Record<string, EntryFailedWords>
  /** The user-data hint's localStorage key and the report the prerender shows (see step 1). */
  actuals?: { key: string; report: string }
  /**
   * The prerendered screens (./screens.ts): their folder beside index.html, their paths, the window
   * property a fragment's script calls with the fragment (EARLY_SCREEN), and the id of the element
   * right after #root in index.html (PRERENDER_PARSED).
   */
  screens?: { dir: string; paths: string[]; call: string; parsed: string }
  /**
   * The screens whose list the script filters before the first paint, by path, and the id of the
   * <style> that does it (EARLY_VIEW), which ./hydrate.ts removes once the app has filtered the list.
   */
  views?: { id: string; paths: Record<string, FilteredList> }
}

/**
 * A list's filters as its rows name them (src/features/projects/model/first-paint.ts): each facet
 * filter with the values a link may give it (`single`: one value, once), and the filters no row names
 * (a search, a range), each with the whole form (a RegExp source) of a value the app surely takes.
 */
export type FilteredList = {
  facets: Readonly<Record<string, readonly string[]>>
  single: readonly string[]
  opaque: Readonly<Record<string, string>>
}
export const EARLY_VIEW = 'early-view'

export function early(config: EarlyConfig): void {
  const html = document.documentElement
  const keys: { key: string; code: string; shiftKey: boolean; path: string; at: number }[] = []
  const onKey = (event: KeyboardEvent) => {
    const { key, code, shiftKey, ctrlKey, metaKey, altKey, target } = event
    const el = target as Element | null
    const field = el?.closest?.('input, select, textarea, [contenteditable="true"]')
    // Space and Enter on a button press the button (its click is remembered): not a deck key.
    const pressed = (key === ' ' || key === 'Enter') && el?.closest?.('button, a, summary, [role="button"]')
    if (field || pressed || ctrlKey || metaKey || altKey || key === 'Tab') return
    const hash = location.hash.replace(/^#\/?/, '/')
    keys.push({ key, code, shiftKey, path: hash.split('?')[0] as string, at: performance.now() })
  }
  const stopKeys = () => document.removeEventListener('keydown', onKey, true)
  document.addEventListener('keydown', onKey, true)
  setTimeout(stopKeys, config.keys.ms)
  Object.assign(window, { [config.keys.name]: { keys, stop: stopKeys } })
  let saved: { lang?: unknown; theme?: unknown } = {}
  try {
    const value = JSON.parse(localStorage.getItem(config.key) || 'null')
    if (value && typeof value.state === 'object' && value.state) saved = value.state
  } catch {
    // unreadable or blocked storage: defaults (the app says so: an unreadable value on start, a
    // blocked storage when a change cannot be saved)
  }
  if (config.themes.includes(saved.theme as string)) html.classList.add(saved.theme as string)
  // Whether this browser holds anything of the user's (figures, a ledger, saved reports): the other
  // screens were rendered without any, so their fragments would not match what the app renders.
  let userData = false
  if (config.actuals) {
    try {
      const hint = JSON.parse(localStorage.getItem(config.actuals.key) || 'null')
      const listed = (ids: unknown) => Array.isArray(ids) && ids.includes(config.actuals?.report)
      if (hint && (listed(hint.actuals) || listed(hint.examples))) html.setAttribute('data-actuals', '')
      userData =
        !!hint &&
        ['actuals', 'examples', 'ledger', 'reports'].some((k) => Array.isArray(hint[k]) && hint[k].length > 0)
    } catch {
      // no hint: the Overview's cards stay as they are, and the app decides once it runs
    }
  }
  const lang = config.langs.includes(saved.lang as string) ? saved.lang : config.lang
  // The page says the reader's language from its first paint (a screen reader reads an English
  // screen as English), and the app, finding it said, writes nothing while it hydrates (a write
  // restyles the whole page).
  const tag = config.tags[lang as string]
  if (tag && html.lang !== tag) html.lang = tag
  const body = location.hash.replace(/^#/, '')
  const q = body.indexOf('?')
  const path = `/${(q < 0 ? body : body.slice(0, q)).replace(/^\//, '')}`
  const query = q < 0 ? '' : body.slice(q + 1)
  const shown = path === '/' && query === '' && lang === config.lang
  // Another screen (or the Overview in another language) that the build rendered: its fragment, unless
  // the link changes the report or the language, or the user's own data changes the screen (a ledger's
  // projects, the year's figures, saved reports in the header), which the app decides once it runs (and view state
  // in the query, such as filters, the app applies to the screen once it has taken it over).
  const params = new URLSearchParams(query)
  const screen =
    !shown &&
    config.screens?.paths.includes(path) &&
    !(path === '/' && lang === config.lang) &&
    !params.has('report') &&
    !params.has('lang') &&
    !userData
      ? `${config.screens.dir}/${lang}${path === '/' ? '/index' : path}.js`
      : null
  html.setAttribute('data-prerender', shown ? 'use' : 'skip')
  // A Source link that highlights a passage: its screen was rendered without the banner that names
  // it, so the banner's row is kept free until the app puts it there (no shift when it does).
  if (screen && path === '/source' && params.get('hl')) html.setAttribute('data-hl', '')
  // A link to a filtered list (#/projects?sector=energy): its fragment holds the whole list, and only
  // the link's rows are painted. One rule leaves the other rows out of the page before they are laid
  // out (the app, filtering, then removes rows that cost nothing to remove), and keeps the counts,
  // which are the whole list's, blank until the app has counted.
  const view = screen ? config.views?.paths[path] : undefined
  let viewStyle: HTMLStyleElement | null = null
  if (view && config.views) {
    // Per filter, the rows it keeps: [data-facets~="sector:energy"] or [data-facets~="sector:urban"] …
    // Read as the app reads the link (src/lib/routes/params.ts), or more strictly: a value the app
    // would not take voids its filter there, and here (the app says so; this leaves the rows be).
    const keeps: string[][] = []
    const chosen: string[] = []
    for (const [name, values] of Object.entries(view.facets)) {
      const given = params.getAll(name)
      const picked = given.flatMap((v) => v.split(',')).filter(Boolean)
      const single = view.single.includes(name)
      if (single && (given.length !== 1 || picked.length !== 1)) continue
      if (picked.length && picked.every((v) => values.includes(v))) {
        keeps.push(picked.map((v) => `[data-facets~="${name}:${v}"]`))
        if (!single) chosen.push(...picked) // a list filter's values are chips (a single one's, a menu)
      }
    }
    // A search or a range: no row can be told to match, so none is shown until the app has filtered.
    const opaque = Object.entries(view.opaque).some(([name, form]) => {
      const given = params.getAll(name)
      return given.length === 1 && new RegExp(form).test(given[0] as string)
    })
    if (keeps.length || opaque) {
      const scope = '#root[data-screen]'
      const rows = opaque ? [''] : keeps.map((keep) => keep.map((k) => `:not(${k})`).join(''))
      viewStyle = document.createElement('style')
      viewStyle.id = config.views.id
      viewStyle.textContent = [
        `${rows.map((not) => `${scope} [data-facets]${not}`).join(',')}{display:none}`,
        // The list's room with no row kept (the app puts its "nothing matches" there), in a rule of its
        // own: a browser without :has() drops just this one.
        `${scope} [data-facet-list]${opaque ? '' : `:not(:has([data-facets]${keeps.map((k) => `:is(${k.join()})`).join('')}))`}{display:none}`,
        // The whole list's numbers: blank in their room, or left out where nothing follows them (a
        // `part` comes back on its own, a frame each: ./hydrate.ts).
        `${scope} [data-follows-query=blank]{visibility:hidden}${scope} [data-follows-query=none],${scope} [data-follows-query=part]:not([data-shown]){display:none}`,
        // The room of the link's filters as chips: one row of them (a button's height), until they come.
        `${scope} [data-filter-chips]:empty{display:block}${scope} [data-filter-chips]:empty::before{content:"\\a0";display:inline-block;padding:.2rem 0;border:1px solid transparent}`,
        // The link's choices look chosen, as the rows do (a click on one before the app runs unticks it).
        ...chosen.map(
          (c) =>
            `${scope} [data-choice="${c}"]{background:var(--fg);color:var(--bg);border-color:var(--fg)}${scope} [data-choice="${c}"]>[aria-hidden]:empty::before{content:"\\2713"}`,
        ),
      ].join('')
      document.head.append(viewStyle)
      // Another view asked for before the app runs (Back, a link on the page): the app decides it.
      const written = location.hash
      const moved = () => {
        if (location.hash === written) return
        viewStyle?.remove()
        removeEventListener('hashchange', moved)
      }
      addEventListener('hashchange', moved)
    }
  }
  const remember = () => {
    const targets: EarlyClicks['targets'] = []
    const note = (event: Event) => {
      const target = event.target as Element | null
      if (!target?.closest?.('#root')) return
      if (event.type === 'click') {
        const el = target.closest<HTMLElement>('button, label, input[type=checkbox], input[type=radio]')
        if (!el) return
        // A box ticked now would be ticked on the page but not in the app, and a form sent now
        // would reload the page: the replay does either.
        if (el.tagName !== 'BUTTON' || (el as HTMLButtonElement).type === 'submit') event.preventDefault()
        // "Choose a file" opens its file input now, while the click may still open a dialog; the
        // file chosen is the input's change, replayed.
        const picks = el.dataset.picksFile
        // A box: a label, a native one, or a button in the checkbox role (a filter chip's).
        const box = el.tagName !== 'BUTTON' || el.getAttribute('role') === 'checkbox'
        if (picks) document.getElementById(picks)?.click()
        // A box clicked again while nothing seemed to happen is the same wish, not its undoing; it
        // is marked meanwhile (data-pending), so the reader sees the click was taken.
        else if (!(box && targets.some((t) => t.el === el))) {
          if (box) el.setAttribute('data-pending', '')
          targets.push({ el, type: 'click' })
        }
        // Once React listens but before the screen has its real state (the link's filters), React
        // would replay the click itself on the state the build rendered: ./hydrate.ts does it later.
        event.stopPropagation()
      } else if (event.type === 'input') {
        // Text typed or pasted into a field (the report text on #/ingest): its latest value. Left to
        // React as well, which takes it once the field is hydrated; the replay then changes nothing.
        const el = target.closest<HTMLInputElement>('textarea, input')
        if (!el || ['file', 'checkbox', 'radio'].includes(el.type)) return
        const typed = targets.find((t) => t.el === el && t.type === 'input')
        if (typed) typed.value = el.value
        else targets.push({ el, type: 'input', value: el.value })
      } else if (event.type === 'submit') {
        // Enter in a field sends its form: not now, but once the app has it.
        event.preventDefault()
        event.stopPropagation()
        targets.push({ el: target as HTMLElement, type: 'submit' })
      } else if (event.type === 'change') {
        const el = target.closest<HTMLInputElement>('select, input[type=file]')
        if (!el) return
        targets.push({ el, type: 'change', value: el.type === 'file' ? undefined : el.value })
        event.stopPropagation()
      } else {
        // A file dragged onto a drop zone: not opened by the browser in place of the page, but kept.
        const el = target.closest<HTMLElement>('[data-file-drop]')
        if (!el) return
        event.preventDefault()
        const files = (event as DragEvent).dataTransfer?.files
        event.stopPropagation()
        if (event.type === 'drop') targets.push({ el, type: 'drop', files: Array.from(files ?? []) })
      }
    }
    const types = ['click', 'input', 'submit', 'change', 'dragover', 'drop']
    for (const type of types) document.addEventListener(type, note, true)
    const stop = () => {
      for (const type of types) document.removeEventListener(type, note, true)
    }
    Object.assign(window, { [config.clicks]: { targets, stop } })
  }
  if (shown) remember()

  // The app's script (or one it imports) did not load: without it nothing on the page responds.
  const failed = () => {
    viewStyle?.remove() // the page stays as built: the whole list, with its numbers
    const words = config.failed[lang as string] ?? config.failed[config.lang]
    if (!words || document.getElementById('entry-failed')) return
    const bar = document.createElement('div')
    bar.id = 'entry-failed'
    bar.setAttribute('role', 'alert')
    bar.className = 'notice notice-warn m-2 flex flex-wrap items-center gap-3 rounded px-3 py-2'
    const text = document.createElement('p')
    const button = (label: string, act: () => void) => {
      const b = document.createElement('button')
      b.type = 'button'
      b.className = 'btn'
      b.textContent = label
      b.addEventListener('click', act)
      bar.append(b)
      return b
    }
    const visible = () => html.getAttribute('data-prerender') === 'use'
    text.textContent = visible() ? words.shown : words.hidden
    bar.append(text)
    button(words.reload, () => location.reload())
    // Another screen was asked for: the Overview as built is still something to read.
    if (!visible() && document.getElementById('root')?.hasAttribute('data-prerendered')) {
      const show = button(words.overview, () => {
        html.setAttribute('data-prerender', 'use')
        history.replaceState(null, '', location.pathname + location.search)
        text.textContent = words.shown
        show.remove()
      })
    }
    document.body.prepend(bar)
  }

  let started = false
  const start = () => {
    if (started) return
    started = true
    for (const tag of config.load) {
      const el = document.createElement(tag.name)
      for (const [name, value] of Object.entries(tag.attrs)) el.setAttribute(name, value)
      if (tag.name === 'script') el.addEventListener('error', failed)
      document.head.append(el)
    }
  }
  // Once the prerendered HTML is on screen. "Painted" means on screen: the first-contentful-paint
  // entry, which comes after rasterising (slow for a screen of CJK text on a PC without GPU raster),
  // not merely after the main thread's paint.
  const afterPaint = () => {
    if (document.visibilityState === 'hidden') {
      start() // no frame will be painted
      return
    }
    if (
      typeof PerformanceObserver === 'function' &&
      PerformanceObserver.supportedEntryTypes?.includes('paint')
    ) {
      new PerformanceObserver((list) => {
        if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) setTimeout(start, 0)
      }).observe({ type: 'paint', buffered: true })
      setTimeout(start, 3000) // never wait longer than this for a paint that may not come
    } else {
      requestAnimationFrame(() => setTimeout(start, 0)) // by then the frame has been painted
    }
  }
  if (shown) {
    afterPaint()
    return
  }
  if (!screen) {
    start() // nothing prerendered to show: the app renders this visit
    return
  }
  // The screen's fragment replaces the Overview in #root and is shown; the app's script follows its
  // paint. Anything amiss (offline, a host that answers with another page, the reader already gone
  // elsewhere) leaves the page to the app, as without a fragment.
  //
  // The fragment comes as a script that hands it over (./screens.ts), added while <head> is still
  // parsed, with blocking=render: no frame is painted before it has run. So the first frame is the
  // screen's, and the page is laid out once, for it (the Overview, hidden with display: none, is
  // never laid out). It goes into #root once the Overview is parsed, in the same task, before any
  // frame. If it is not there in 3 s (a stalled network), the page is left to the app, and painted.
  const asked = location.hash
  const parsedId = config.screens?.parsed ?? ''
  const carrier = document.createElement('script')
  const leave = () => {
    carrier.remove() // a script still on its way holds up the paint no longer
    viewStyle?.remove() // the app renders the list itself
    start()
  }
  // The fragment handed over, or the wait for it over (failed, or too long): whichever comes first.
  let settled = false
  const giveUp = () => {
    if (settled) return
    settled = true
    leave()
  }
  const insert = (text: string) => {
    const root = document.getElementById('root')
    const t = document.createElement('template')
    t.innerHTML = text
    const stamp = t.content.firstElementChild
    if (
      !root ||
      location.hash !== asked ||
      stamp?.tagName !== 'TEMPLATE' ||
      !stamp.hasAttribute('data-screen')
    ) {
      leave()
      return
    }
    for (const a of Array.from(stamp.attributes)) root.setAttribute(a.name, a.value)
    stamp.remove()
    root.replaceChildren(t.content)
    html.setAttribute('data-prerender', 'use')
    remember()
    afterPaint()
  }
  const take = (text: unknown) => {
    if (settled || typeof text !== 'string') return
    settled = true
    const parsed = () => document.readyState !== 'loading' || !!document.getElementById(parsedId)
    if (parsed()) {
      insert(text)
      return
    }
    // Still parsing the Overview: in the task that parses its end (a mutation's callback runs before
    // any frame), or at the end of parsing at the latest.
    let waiting = true
    const once = () => {
      if (!waiting || !parsed()) return
      waiting = false
      watch.disconnect()
      document.removeEventListener('DOMContentLoaded', once)
      insert(text)
    }
    const watch = new MutationObserver(once)
    watch.observe(html, { childList: true, subtree: true })
    document.addEventListener('DOMContentLoaded', once)
  }
  Object.assign(window, { [config.screens?.call ?? '']: take })
  carrier.src = screen
  carrier.setAttribute('blocking', 'render')
  carrier.addEventListener('error', giveUp)
  // A script that ran without handing a fragment over (a host's page in its place): the app's.
  carrier.addEventListener('load', giveUp)
  setTimeout(giveUp, 3000)
  document.head.append(carrier)
}

/** The script's source, ready to inline: the function called with its configuration. */
export function earlyScript(config: EarlyConfig): string {
  return `(${early.toString()})(${JSON.stringify(config)})`
}
