import { existsSync } from 'node:fs'

// A browser for the journeys, found or installed without anyone doing anything by hand:
// $CHROMIUM_PATH, else Debian's chromium, else the Chromium binary shipped inside the
// @sparticuz/chromium npm package (a devDependency, so `npm ci` brings it; no download at run time).
const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

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

export async function findChromium(): Promise<{ path: string; source: string }> {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' }
  for (const path of SYSTEM) if (existsSync(path)) return { path, source: 'system' }
  const { default: sparticuz } = await import('@sparticuz/chromium')
  return { path: await sparticuz.executablePath(), source: '@sparticuz/chromium' }
}
