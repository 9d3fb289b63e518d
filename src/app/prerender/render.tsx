import { QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { prerender } from 'react-dom/static'
import { OPAQUE_FILTERS, ROW_FACETS, SINGLE_FACETS } from '@/features/projects'
import { defaultReportEntry } from '@/lib/data/default-entry'
import {
  checkDefaultReport,
  fingerprint,
  loadDefaultTexts,
  seedDefaultReport,
} from '@/lib/data/default-report'
import { reportTextQueryOptions } from '@/lib/data/queries'
import { langTag } from '@/lib/i18n/languages'
import { loadLanguage } from '@/lib/i18n/translate'
import { setServerLang } from '@/lib/prefs/hooks'
import { DEFAULT_PREFS, LANGS, PREFS_KEY, THEMES } from '@/lib/prefs/store'
import { EARLY_KEYS, EARLY_KEYS_MS } from '@/lib/routes/early-keys'
import { setServerLocation } from '@/lib/routes/hash-location'
import { PATHS } from '@/lib/routes/routes'
import { USER_DATA_HINT_KEY } from '@/lib/user-data/hint'
import { USER_DATA } from '@/lib/user-data/key'
import { App } from '../app'
import {
  EARLY_CLICKS,
  EARLY_SCREEN,
  EARLY_VIEW,
  type EarlyConfig,
  earlyScript,
  PRERENDER_PARSED,
  type Tag,
} from './early'
import { entryFailedWords } from './i18n'
import { PRERENDERED_PATH } from './render-location'
import { needsText, SCREENS_DIR, STORE_SCREENS, screenFile, screenPaths, screenScript } from './screens'

// Build-time render of the Overview, in Node (./plugin-prerender.ts loads this module through a Vite
// SSR server). index.html then carries the first screen's numbers as HTML: an old
// office PC paints them as soon as the HTML and CSS arrive, instead of after downloading and running
// ~100 kB of JavaScript and then fetching and checking the data. The app hydrates that HTML
// (./hydrate.ts) rather than rendering it again.

export type Prerendered = {
  /** The rendered #root content. */
  html: string
  /** Stamped on #root, so that boot hydrates only when the served data is the data rendered here. */
  stamp: { file: string; fingerprint: string }
  /** The inline <head> script (see ./early.ts). */
  script: string
}

/** One prerendered screen: its file under dist/, the script handing over the #root it is, stamped. */
export type Fragment = { file: string; script: string }

/** What the early script needs to find a screen's fragment (see ./early.ts). */
export type ScreensConfig = NonNullable<EarlyConfig['screens']>

/**
 * Renders every screen of ./screens.ts in every language (the Overview only in the languages
 * index.html does not have), each as #root with its stamp: the data's fingerprint, and the text's
 * where the screen shows the text. Lazy screens are waited for (react-dom/static); a chart renders
 * its stand-in, the data table (src/components/charts/lazy-chart.tsx).
 */
export async function prerenderScreens(
  read: (dataPath: string) => string,
): Promise<{ fragments: Fragment[]; screens: ScreensConfig }> {
  await loadLanguage('en')
  const texts = await loadDefaultTexts(read)
  const data = await checkDefaultReport(texts)
  const textFile = data.report.textFile ?? ''
  const textQuery = reportTextQueryOptions(texts.file, textFile)
  const textPath = String(textQuery.queryKey[1])
  const text = textFile ? read(textPath) : ''
  const stamp = fingerprint(texts)
  const textStamp = fingerprint({ manifest: '', file: textPath, report: text })
  const rendered: { lang: (typeof LANGS)[number]; path: string; script: string }[] = []
  const paths = screenPaths(data.report)
  try {
    for (const lang of LANGS)
      for (const path of paths) {
        if (path === PRERENDERED_PATH && lang === DEFAULT_PREFS.lang) continue
        const client = new QueryClient()
        seedDefaultReport(client, data)
        if (needsText(path)) client.setQueryData(textQuery.queryKey, text)
        setServerLocation(path)
        setServerLang(lang)
        const store = STORE_SCREENS.includes(path)
        const html = store ? await renderEmptyStore(client) : await renderScreen(client)
        const userState = store ? storedAnswers(client) : null
        client.clear()
        const attrs = [
          `data-prerendered="${escapeAttr(texts.file)}"`,
          `data-fingerprint="${stamp}"`,
          `data-screen="${escapeAttr(`${lang}${path}`)}"`,
          ...(needsText(path) ? [`data-text-fingerprint="${textStamp}"`] : []),
          ...(userState ? [`data-user-state="${escapeAttr(JSON.stringify(userState))}"`] : []),
        ]
        rendered.push({ lang, path, script: screenScript(`<template ${attrs.join(' ')}></template>${html}`) })
      }
  } finally {
    setServerLang(null)
    setServerLocation(PRERENDERED_PATH)
  }
  // The folder is named by the data and by the fragments themselves: a build that changes a screen's
  // markup but not its data names new files, so no cache (a host's, for scripts) serves the old ones
  // to the new app (a hydration mismatch).
  const markup = fingerprint({ manifest: '', file: '', report: rendered.map((r) => r.script).join('\n') })
  const dir = `${stamp}${textStamp}${markup}`
  const fragments: Fragment[] = rendered.map(({ lang, path, script }) => ({
    file: screenFile(dir, lang, path),
    script,
  }))
  return {
    fragments,
    screens: { dir: `${SCREENS_DIR}/${dir}`, paths, call: EARLY_SCREEN, parsed: PRERENDER_PARSED },
  }
}

/**
 * The screen as HTML, complete: a screen's code and its lazy parts are loaded by a first pass that
 * waits for them (react-dom/static), once per kind of screen; the HTML itself is then rendered in one
 * go, with nothing left to suspend, so it holds no fallback and no streaming script.
 */
async function renderScreen(client: QueryClient): Promise<string> {
  const app = (
    <StrictMode>
      <App client={client} />
    </StrictMode>
  )
  let html = renderToString(app)
  if (html.includes('<!--$!-->') || html.includes('<!--$?-->')) {
    await (await prerender(app)).prelude.pipeTo(new WritableStream())
    html = renderToString(app)
  }
  if (html.includes('<!--$!-->') || html.includes('<!--$?-->'))
    throw new Error('prerender: a part of the screen still suspends after its code was loaded')
  return html
}

/**
 * A screen of the reader's own data as a browser with nothing stored shows it: each pass answers the
 * user-data reads the screen asked for from an empty store (IndexedDB in memory), until it asks for
 * nothing more.
 */
async function renderEmptyStore(client: QueryClient): Promise<string> {
  if (!globalThis.indexedDB) {
    const fake = await import('fake-indexeddb')
    Object.assign(globalThis, { indexedDB: new fake.IDBFactory(), IDBKeyRange: fake.IDBKeyRange })
  }
  let html = await renderScreen(client)
  for (let pass = 0; pass < 5; pass++) {
    const asked = client
      .getQueryCache()
      .findAll({ queryKey: [USER_DATA] })
      .filter((q) => q.state.status === 'pending')
    if (asked.length === 0) return html
    await Promise.all(asked.map((q) => q.fetch()))
    html = await renderScreen(client)
  }
  throw new Error('prerender: a screen of user data keeps asking the store for more')
}

/** The empty store's answers, for the app to start from the same (./hydrate.ts). */
function storedAnswers(client: QueryClient): [readonly unknown[], unknown][] {
  return client
    .getQueryCache()
    .findAll({ queryKey: [USER_DATA] })
    .filter((q) => q.state.status === 'success')
    .map((q) => [q.queryKey, q.state.data])
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * Renders '/' in the default language with the manifest's default report, read by `read(path)`.
 * `load`: the tags the early script is to add once the prerendered HTML has been painted.
 */
export async function prerenderOverview(
  read: (dataPath: string) => string,
  load: Tag[],
  screens?: ScreensConfig,
): Promise<Prerendered> {
  await loadLanguage('en') // the build speaks every language
  const texts = await loadDefaultTexts(read)
  const client = new QueryClient()
  seedDefaultReport(client, await checkDefaultReport(texts))
  setServerLocation(PRERENDERED_PATH)
  const html = renderToString(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  )
  client.clear()
  const report = defaultReportEntry(texts.manifest)?.id
  return {
    html,
    stamp: { file: texts.file, fingerprint: fingerprint(texts) },
    script: earlyScript({
      key: PREFS_KEY,
      lang: DEFAULT_PREFS.lang,
      langs: LANGS,
      tags: Object.fromEntries(LANGS.map((lang) => [lang, langTag(lang)])),
      themes: THEMES,
      load,
      clicks: EARLY_CLICKS,
      keys: { name: EARLY_KEYS, ms: EARLY_KEYS_MS },
      failed: entryFailedWords(),
      ...(screens
        ? {
            screens,
            views: {
              id: EARLY_VIEW,
              paths: {
                [PATHS.projects]: { facets: ROW_FACETS, single: SINGLE_FACETS, opaque: OPAQUE_FILTERS },
              },
            },
          }
        : {}),
      ...(report ? { actuals: { key: USER_DATA_HINT_KEY, report } } : {}),
    }),
  }
}
