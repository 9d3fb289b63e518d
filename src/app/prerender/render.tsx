import { QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { defaultReportEntry } from '@/lib/data/default-entry'
import {
  checkDefaultReport,
  fingerprint,
  loadDefaultTexts,
  seedDefaultReport,
} from '@/lib/data/default-report'
import { DEFAULT_PREFS, LANGS, PREFS_KEY, THEMES } from '@/lib/prefs/store'
import { setServerLocation } from '@/lib/routes/hash-location'
import { USER_DATA_HINT_KEY } from '@/lib/user-data/hint'
import { App } from '../app'
import { EARLY_CLICKS, earlyScript, type Tag } from './early'
import { entryFailedWords } from './i18n'
import { PRERENDERED_PATH } from './render-location'

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

/**
 * Renders '/' in the default language with the manifest's default report, read by `read(path)`.
 * `load`: the tags the early script is to add once the prerendered HTML has been painted.
 */
export async function prerenderOverview(
  read: (dataPath: string) => string,
  load: Tag[],
): Promise<Prerendered> {
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
      themes: THEMES,
      load,
      clicks: EARLY_CLICKS,
      failed: entryFailedWords(),
      ...(report ? { actuals: { key: USER_DATA_HINT_KEY, report } } : {}),
    }),
  }
}
