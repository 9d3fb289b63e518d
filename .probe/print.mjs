import { spawn } from 'node:child_process'
import { chromium } from 'playwright-core'
const port = 4411
const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' })
await new Promise((r) => setTimeout(r, 1500))
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage()
await page.goto(`http://127.0.0.1:${port}/#/present?slides=title,kpis,problems`)
await page.waitForTimeout(2000)
await page.evaluate(() => dispatchEvent(new Event('beforeprint')))
await page.emulateMedia({ media: 'print' })
await page.waitForTimeout(300)
console.log(await page.evaluate(() => [...document.querySelectorAll('[data-slide], .deck > *')].map(e => [e.tagName, e.getAttribute('data-slide'), e.className.slice(0,40), Math.round(e.getBoundingClientRect().height)])))
for (const id of ['title', 'kpis', 'problems']) {
  const pdf = await page.pdf({ preferCSSPageSize: true, pageRanges: '' })
}
await browser.close(); server.kill()
