import type { Plugin } from 'vite'

// Everything the entry script imports statically is loaded at start anyway, so it belongs in as few
// files as possible. Left to itself, the bundler splits each module that a lazy screen shares with
// the entry (the router, the formatters, TanStack Query …) into a small chunk of its own: 15 files
// where 5 did, and ~3 kB gzip of the first-paint budget lost to per-file overhead alone (measured
// when the Monitoring screen and the Overview's lazy status row arrived). This gathers the entry's
// static imports into one "first-paint" chunk; lazy chunks import from it, and no code is duplicated.
export function firstPaintChunk(): Plugin {
  const firstPaint = new Set<string>()
  return {
    name: 'first-paint-chunk',
    apply: 'build',
    config() {
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [{ name: 'first-paint', test: (id: string) => firstPaint.has(id) }],
              },
            },
          },
        },
      }
    },
    buildEnd() {
      firstPaint.clear()
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry)
      const stack = entries.flatMap((id) => [...(this.getModuleInfo(id)?.importedIds ?? [])])
      while (stack.length > 0) {
        const id = stack.pop() as string
        if (firstPaint.has(id) || entries.includes(id)) continue
        firstPaint.add(id)
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []))
      }
    },
  }
}
