import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { findChromium } from './find-browser'

const ROOT = resolve(import.meta.dirname, '../../..')
const PORT = Number(process.env.E2E_PORT ?? 4399)

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    chromiumPath: string
    singleFile: string
  }
}

async function waitFor(url: string, ms: number) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150))
  }
  throw new Error(`preview server did not answer at ${url} within ${ms} ms`)
}

export default async function setup(project: TestProject) {
  if (!existsSync(resolve(ROOT, 'dist/index.html')))
    throw new Error('dist/ is missing: run `npm run build` first')
  const browser = await findChromium()
  console.log(`e2e: Chromium from ${browser.source}: ${browser.path}`)
  const baseUrl = `http://127.0.0.1:${PORT}/`
  // Something else answering on our port would be tested instead of this build: refuse.
  const taken = await fetch(baseUrl).then(
    () => true,
    () => false,
  )
  if (taken) throw new Error(`port ${PORT} is already in use: stop that server or set E2E_PORT`)
  const server: ChildProcess = spawn(
    resolve(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { cwd: ROOT, stdio: 'ignore' },
  )
  await waitFor(baseUrl, 20_000)
  project.provide('baseUrl', baseUrl)
  project.provide('chromiumPath', browser.path)
  project.provide('singleFile', resolve(ROOT, 'dist-single/index.html'))
  return () => {
    server.kill()
  }
}
