import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { findChromium } from '../../../scripts/lib/chromium.mjs'
import { startPreview } from '../../../scripts/lib/preview.mjs'

const ROOT = resolve(import.meta.dirname, '../../..')
const PORT = Number(process.env.E2E_PORT ?? 4399)

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    chromiumPath: string
    singleFile: string
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(resolve(ROOT, 'dist/index.html')))
    throw new Error('dist/ is missing: run `npm run build` first')
  const browser = await findChromium()
  console.log(`e2e: Chromium from ${browser.source}: ${browser.path}`)
  const server = await startPreview(PORT)
  project.provide('baseUrl', server.url)
  project.provide('chromiumPath', browser.path)
  project.provide('singleFile', resolve(ROOT, 'dist-single/index.html'))
  return server.stop
}
