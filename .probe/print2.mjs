import { spawn } from 'node:child_process'
import { chromium } from 'playwright-core'
const port = 4411
const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' })
await new Promise((r) => setTimeout(r, 1500))
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
for (const s of ['title', 'kpis', 'problems', 'title,kpis']) {
  const page = await browser.newPage()
  await page.goto(`http://127.0.0.1:${port}/#/present?slides=${s}`)
  await page.waitForTimeout(1500)
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')))
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true })
  console.log(s, (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length)
  await page.close()
}
await browser.close(); server.kill()
