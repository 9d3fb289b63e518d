// The one place that finds a Chromium for the journeys, the benchmarks and the screenshots, with no
// one installing anything by hand: $CHROMIUM_PATH (or $CHROME_PATH), else Debian's chromium, else
// the binary shipped inside the @sparticuz/chromium devDependency (`npm ci` brings it; no download
// at run time). Plain .mjs so Node scripts and the TypeScript tests can both import it.
import { existsSync } from 'node:fs'

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** Without the networking flags Chromium keeps trying to reach the internet (and skews timings). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
]

/** @returns {Promise<{ path: string, source: string }>} */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' }
  for (const path of SYSTEM) if (existsSync(path)) return { path, source: 'system' }
  const { default: sparticuz } = await import('@sparticuz/chromium')
  return { path: await sparticuz.executablePath(), source: '@sparticuz/chromium' }
}
