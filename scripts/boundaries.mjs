#!/usr/bin/env node
// The import boundaries of src/, written once here and compiled into biome.json's `overrides`, so
// `npm run lint` (Biome's noRestrictedImports and noImportCycles) enforces them:
//   - imports flow lib → components → features → app: lib never imports components, features or the
//     app; components never import features or the app;
//   - a feature never imports another feature, by alias or by a relative path (../../projects/…);
//   - a chart's drawing code (src/components/charts/*-svg.tsx) only inside src/components/charts: the
//     wrappers load it on demand, so it stays off the first paint;
//   - zustand only in store modules (a file named store.ts);
//   - no import cycles anywhere.
// `node scripts/boundaries.mjs` rewrites biome.json; `--check` fails when biome.json is out of date
// (a unit test runs it, and proves each rule bites: tests/unit/boundaries.test.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const CONFIG = resolve(ROOT, 'biome.json')

export const FEATURES = readdirSync(resolve(ROOT, 'src/features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()

const layer = (names, message) => ({
  group: names.flatMap((n) => [`@/${n}`, `@/${n}/**`, `**/${n}`, `**/${n}/**`]),
  message,
})
const DRAWING = {
  group: ['**/bar-chart-svg', '**/line-chart-svg'],
  message:
    "A chart's drawing code is loaded on demand by its wrapper in src/components/charts (BarChart, LineChart): use the wrapper, so it stays off the first paint.",
}
const ZUSTAND = {
  group: ['zustand', 'zustand/**'],
  message: 'zustand belongs in store modules (a file named store.ts), each the one owner of its state.',
}
const LIB = layer(
  ['components', 'features', 'app'],
  'src/lib is the bottom layer: it never imports components, features or the app.',
)
const COMPONENTS = layer(['features', 'app'], 'Shared components never import a feature or the app.')
const otherFeatures = (self) =>
  layer(
    FEATURES.filter((f) => f !== self),
    `A feature never imports another feature (${self} is self-contained): move shared code to src/components or src/lib.`,
  )
const APP = layer(['app'], 'Only the app imports the app.')

const restrict = (includes, patterns) => ({
  includes,
  linter: {
    rules: { style: { noRestrictedImports: { level: 'error', options: { patterns } } } },
  },
})

/** In Biome the last matching override sets a rule's options, so each one lists everything that applies. */
export function overrides() {
  return [
    restrict(['src/**'], [DRAWING, ZUSTAND]),
    restrict(['src/lib/**'], [LIB, DRAWING, ZUSTAND]),
    restrict(['src/lib/**/store.ts'], [LIB, DRAWING]),
    restrict(['src/components/**'], [COMPONENTS, DRAWING, ZUSTAND]),
    restrict(['src/components/charts/**'], [COMPONENTS, ZUSTAND]),
    ...FEATURES.flatMap((f) => [
      restrict([`src/features/${f}/**`], [otherFeatures(f), APP, DRAWING, ZUSTAND]),
      restrict([`src/features/${f}/**/store.ts`], [otherFeatures(f), APP, DRAWING]),
    ]),
  ]
}

export function configWithBoundaries(config) {
  return {
    ...config,
    linter: {
      ...config.linter,
      rules: {
        ...config.linter?.rules,
        // Type-only imports count too: a cycle of types is still two modules that cannot be read apart.
        suspicious: {
          ...config.linter?.rules?.suspicious,
          noImportCycles: { level: 'error', options: { ignoreTypes: false } },
        },
      },
    },
    overrides: overrides(),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const current = readFileSync(CONFIG, 'utf8')
  const next = configWithBoundaries(JSON.parse(current))
  const same = JSON.stringify(JSON.parse(current)) === JSON.stringify(next)
  if (process.argv.includes('--check')) {
    if (!same) {
      console.error(
        'biome.json does not hold the boundaries of scripts/boundaries.mjs: run `npm run boundaries`',
      )
      process.exit(1)
    }
  } else if (!same) {
    writeFileSync(CONFIG, `${JSON.stringify(next, null, 2)}\n`) // `npm run boundaries` then formats it
    console.log(`biome.json: boundaries for ${FEATURES.length} features written`)
  }
}
