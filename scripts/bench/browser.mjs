// The browser the benchmark drives: the same lookup as tests/e2e/support/find-browser.ts (which is
// TypeScript and cannot be imported from a plain Node 20 script): $CHROMIUM_PATH, Debian's chromium,
// else the binary shipped inside the @sparticuz/chromium devDependency.
import { existsSync } from 'node:fs'

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  for (const path of SYSTEM) if (existsSync(path)) return path
  const { default: sparticuz } = await import('@sparticuz/chromium')
  return sparticuz.executablePath()
}

// Without the networking flags Chromium keeps trying to reach the internet (and skews timings).
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]
