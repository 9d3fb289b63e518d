import { spawn } from 'node:child_process'
import { chromium } from 'playwright-core'
const port = 4411
const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' })
await new Promise((r) => setTimeout(r, 1500))
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
for (const sel of ['.deck-controls', 'main ~ *', '[data-slide]', 'main']) {
  const page = await browser.newPage()
  await page.goto(`http://127.0.0.1:${port}/#/present?slides=problems`)
  await page.waitForTimeout(1500)
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')))
  await page.emulateMedia({ media: 'print' })
  const info = await page.evaluate((sel) => { const els = sel === 'none' ? [] : [...document.querySelectorAll(sel)]; els.forEach(e => e.remove()); return [els.length, [...document.body.children].map(e => e.tagName + '#' + e.id + '.' + e.className).join(' | ')] }, sel)
  const pdf = await page.pdf({ preferCSSPageSize: true })
  console.log(sel, info, (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length)
  await page.close()
}
await browser.close(); server.kill()
