import { spawn } from 'node:child_process'
import { chromium } from 'playwright-core'

const ROOT = '/work/wt/projects'
const PORT = 4417
const server = spawn(`${ROOT}/node_modules/.bin/vite`, ['preview', '--port', String(PORT), '--strictPort'], {
  cwd: ROOT,
  stdio: 'ignore',
})
await new Promise((r) => setTimeout(r, 2500))
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
const routes = (process.argv[2] ?? 'list').split(',')
const map = {
  list: '/projects?sector=energy,agrifood&stage=introduced,producing',
  detail: '/projects/nengjian-compressed-air-storage?sector=energy',
  empty: '/projects?stage=trial&sector=mining',
  all: '/projects',
}
for (const vp of [
  [1366, 768],
  [1920, 1080],
])
  for (const lang of ['zh', 'en'])
    for (const r of routes) {
      const ctx = await browser.newContext({ viewport: { width: vp[0], height: vp[1] } })
      await ctx.addInitScript(
        (p) => localStorage.setItem('work-report-dashboard:prefs', p),
        JSON.stringify({ state: { lang, theme: 'light' }, version: 1 }),
      )
      const page = await ctx.newPage()
      page.on('console', (m) => m.type() === 'error' && console.log('console error', m.text()))
      await page.goto(`http://127.0.0.1:${PORT}/#${map[r]}`)
      await page.waitForTimeout(1500)
      await page.screenshot({
        path: `/tmp/shots-projects/${r}-${vp[0]}-${lang}.png`,
        fullPage: process.env.FULL === '1',
      })
      await ctx.close()
    }
await browser.close()
server.kill()
