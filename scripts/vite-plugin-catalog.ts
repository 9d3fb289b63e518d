import { readFileSync } from 'node:fs'
import { compileMessage } from '@lingui/message-utils/compileMessage'
import type { Plugin } from 'vite'

// Message catalogs (locales/zh.json, locales/en.json, ICU MessageFormat) are compiled by Lingui's own
// compiler at build time, so the browser ships only Lingui's small runtime and ready-made messages.
// Import a catalog as `./locales/en.json?catalog`: nested keys flatten to dotted ids.

type Tree = { [key: string]: string | Tree }

export function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(tree)) {
    const id = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out[id] = value
    else Object.assign(out, flatten(value, id))
  }
  return out
}

export function compileCatalog(json: string, file: string): Record<string, unknown> {
  const flat = flatten(JSON.parse(json) as Tree)
  const out: Record<string, unknown> = {}
  for (const [id, message] of Object.entries(flat)) {
    try {
      out[id] = compileMessage(message)
    } catch (e) {
      throw new Error(`${file}: message "${id}" is not valid ICU MessageFormat: ${(e as Error).message}`)
    }
  }
  return out
}

const QUERY = '?catalog'

export function catalogPlugin(): Plugin {
  return {
    name: 'catalog',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(QUERY)) return null
      const file = id.slice(0, -QUERY.length)
      this.addWatchFile(file)
      return {
        code: `export default ${JSON.stringify(compileCatalog(readFileSync(file, 'utf8'), file))}`,
        map: null,
      }
    },
  }
}
