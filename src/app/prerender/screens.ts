import type { Report } from '@/lib/dataset/schema'
import { PATHS } from '@/lib/routes/routes'
import { EARLY_SCREEN } from './early'

// The screens the build renders besides the Overview in index.html: each screen's first view, in
// every language, as an HTML fragment of its own, in a script that hands it to the early script
// (dist/screens/<fingerprint>/<lang>/<path>.js). The early script (./early.ts) loads the one the link
// asks for and paints it before any app script runs (a script, not an HTML file fetched: a script can
// hold up the first paint until it has run, so the page is laid out once, for the screen);
// ./hydrate.ts takes it over. Screens whose content lives in the reader's browser store
// (monitoring, the data manager, ingest) are rendered as a browser with nothing stored shows them:
// their frame and empty state, with the empty store's answers in the fragment (`data-user-state`).
// The early script uses them only when the user-data hint lists nothing; the app then asks the real
// store and fills in what is there.

/** The folder of the fragments in dist/, beside assets/ (not precached by the service worker). */
export const SCREENS_DIR = 'screens'

/** Every path prerendered as a fragment, for this report. */
export function screenPaths(report: Report): string[] {
  return [
    PATHS.overview, // index.html has it in the default language; a fragment has it in the others
    PATHS.targets,
    PATHS.projects,
    PATHS.areas,
    PATHS.source,
    PATHS.present,
    ...STORE_SCREENS,
    ...report.projects.map((p) => `/projects/${encodeURIComponent(p.id)}`),
    ...report.areas.map((a) => `/areas/${encodeURIComponent(a.id)}`),
  ]
}

/** Screens whose content is the reader's own data: rendered with an empty store. */
export const STORE_SCREENS: readonly string[] = [PATHS.monitor, PATHS.data, PATHS.ingest]

/** Screens that show the report's text: their render and their hydration need it too. */
export function needsText(path: string): boolean {
  return path === PATHS.source || path.startsWith('/areas/')
}

/** A fragment's file under dist/: the same rule as the early script's (./early.ts `screen`). */
export function screenFile(folder: string, lang: string, path: string): string {
  return `${SCREENS_DIR}/${folder}/${lang}${path === '/' ? '/index' : path}.js`
}

/** A fragment's file: a script handing the fragment's HTML to the early script. */
export function screenScript(html: string): string {
  return `${EARLY_SCREEN}(${JSON.stringify(html)})\n`
}
