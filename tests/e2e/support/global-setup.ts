import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { findChromium } from '../../../scripts/lib/chromium.mjs'
import { startPreview } from '../../../scripts/lib/preview.mjs'
import { singleFileNameOf } from '../../../scripts/single-file-name.ts'

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
  // Named after the default report (scripts/single-file-name.ts): 朝阳县2023年政府工作报告-仪表盘.html.
  project.provide('singleFile', resolve(ROOT, 'dist-single', singleFileNameOf(ROOT)))
  return server.stop
}
