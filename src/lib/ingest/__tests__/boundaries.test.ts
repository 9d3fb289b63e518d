import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The pipeline is pure TypeScript shared by the CLI and the app: no DOM, no React or UI state, no
// charts, and nothing from components, features or the app (imports flow lib → features → app).
// Biome's import rule covers features and app for all of src/lib; this test holds the rest here.

const DIR = resolve(process.cwd(), 'src/lib/ingest')
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'))
const FORBIDDEN =
  /from '(?:react|react-dom|zustand|@tanstack\/[^']+|@\/(?:components|features|app)[^']*|\.\.\/\.\.\/(?:components|features|app)[^']*)'/
const DOM = /\b(?:document|window|localStorage|navigator)\./

describe('src/lib/ingest stays a pure library', () => {
  it.each(files)('%s imports no UI and touches no DOM', (file) => {
    const source = readFileSync(`${DIR}/${file}`, 'utf8')
    expect(source).not.toMatch(FORBIDDEN)
    expect(source).not.toMatch(DOM)
    for (const [, path] of source.matchAll(/from '(\.\.\/[^']+)'/g))
      expect(path).toMatch(/^\.\.\/(?:(?:dataset|format)\/|own$)/) // ../own: the own-key lookup, a leaf
  })

  it('keeps its files small', () => {
    for (const file of files) {
      const lines = readFileSync(`${DIR}/${file}`, 'utf8').split('\n').length
      expect(lines, file).toBeLessThan(270)
    }
  })
})
