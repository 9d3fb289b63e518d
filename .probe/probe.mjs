import { spawn } from 'node:child_process'
import { chromium } from 'playwright-core'
const port = 4411
const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' })
await new Promise((r) => setTimeout(r, 1500))
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const [w, h] = (process.argv[3] ?? '1920x1080').split('x').map(Number)
const page = await browser.newPage({ viewport: { width: w, height: h } })
await page.goto(`http://127.0.0.1:${port}/#${process.argv[2]}`)
await page.waitForTimeout(2500)
console.log(await page.evaluate(() => {
  const s = document.querySelector('[data-slide]')
  const kids = [...s.querySelectorAll('*')].map(e => [e.tagName + '.' + (e.className?.baseVal ?? e.className).toString().slice(0, 40), Math.round(e.getBoundingClientRect().top), Math.round(e.getBoundingClientRect().bottom)]).slice(0, 12)
  return { scrollTop: s.scrollTop, scrollH: s.scrollHeight, clientH: s.clientHeight, top: s.getBoundingClientRect().top, kids }
}))
await browser.close(); server.kill()
