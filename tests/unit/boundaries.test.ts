import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The import boundaries (scripts/boundaries.mjs → biome.json) are proved to bite: a scratch tree with
// the repo's own lint config gets one file per kind of violation, and `biome lint` must name each.
const ROOT = resolve(__dirname, '../..')
const BIOME = resolve(ROOT, 'node_modules/.bin/biome')

const FILES: Record<string, string> = {
  // allowed: a feature's own files, zustand in a store module, the drawing code in the chart wrappers
  'src/features/projects/model/rows.ts': 'export const rows = 1\n',
  'src/features/projects/model/view.ts': "import { rows } from './rows'\nexport const view = rows\n",
  'src/lib/prefs/store.ts': "import { create } from 'zustand'\nexport const store = create\n",
  'src/components/charts/chart.tsx':
    "import { BarChartSvg } from './bar-chart-svg'\nexport const chart = BarChartSvg\n",
  'src/components/panel.tsx': 'export const Panel = 1\n',
  // 1. a feature importing another feature by a relative path
  'src/features/areas/model/cross.ts':
    "import { rows } from '../../projects/model/rows'\nexport const cross = rows\n",
  // …and by the alias
  'src/features/areas/model/alias.ts':
    "import { view } from '@/features/projects/model/view'\nexport const alias = view\n",
  // 2. lib importing a component
  'src/lib/dataset/panel.ts': "import { Panel } from '@/components/panel'\nexport const p = Panel\n",
  // 3. zustand in lib, and a screen drawing a chart without its wrapper
  'src/lib/format/libs.ts': "import { create } from 'zustand'\nexport const libs = [create]\n",
  'src/features/targets/components/direct.tsx':
    "import { BarChartSvg } from '@/components/charts/bar-chart-svg'\nexport const direct = BarChartSvg\n",
  // 4. an import cycle (type-only counts too)
  'src/components/charts/a.ts': "import type { B } from './b'\nexport type A = { b?: B }\n",
  'src/components/charts/b.ts': "import type { A } from './a'\nexport type B = { a?: A }\n",
}

let dir = ''
let output = ''

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'boundaries-'))
  const config = JSON.parse(readFileSync(resolve(ROOT, 'biome.json'), 'utf8'))
  config.vcs = { enabled: false } // the scratch tree is not a git checkout
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config))
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  const run = spawnSync(BIOME, ['lint', '--max-diagnostics=100', '--colors=off', '.'], {
    cwd: dir,
    encoding: 'utf8',
  })
  output = `${run.stdout}\n${run.stderr}`
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** The lint rules reported for a file of the scratch tree. */
function rulesAt(path: string): string[] {
  return [...output.matchAll(new RegExp(`^${path.replace(/[.]/g, '\\.')}:\\d+:\\d+ (lint/\\S+)`, 'gm'))].map(
    (m) => m[1] ?? '',
  )
}

describe('import boundaries', () => {
  it('biome.json holds the boundaries scripts/boundaries.mjs defines', () => {
    expect(() =>
      execFileSync(process.execPath, [resolve(ROOT, 'scripts/boundaries.mjs'), '--check'], { stdio: 'pipe' }),
    ).not.toThrow()
  })

  it('fails lint when a feature imports another feature, relatively or by alias', () => {
    expect(rulesAt('src/features/areas/model/cross.ts')).toContain('lint/style/noRestrictedImports')
    expect(rulesAt('src/features/areas/model/alias.ts')).toContain('lint/style/noRestrictedImports')
    expect(output).toMatch(/A feature never imports another feature \(areas/)
  })

  it('fails lint when lib imports a component', () => {
    expect(rulesAt('src/lib/dataset/panel.ts')).toEqual(['lint/style/noRestrictedImports'])
  })

  it("fails lint when lib imports zustand, or a screen a chart's drawing code", () => {
    expect(rulesAt('src/lib/format/libs.ts')).toEqual(['lint/style/noRestrictedImports'])
    expect(rulesAt('src/features/targets/components/direct.tsx')).toEqual(['lint/style/noRestrictedImports'])
    expect(output).toMatch(/drawing code is loaded on demand by its wrapper/)
  })

  it('fails lint on an import cycle', () => {
    expect(rulesAt('src/components/charts/a.ts')).toContain('lint/suspicious/noImportCycles')
  })

  it('lets a feature use its own files, a store module zustand and a chart wrapper its drawing code', () => {
    for (const path of [
      'src/features/projects/model/view.ts',
      'src/lib/prefs/store.ts',
      'src/components/charts/chart.tsx',
    ])
      expect(rulesAt(path), path).toEqual([])
  })
})
