import type { Plugin } from 'vite'

// The PowerPoint writer's libraries test for Node's `require` before using it: pptxgenjs
// (`typeof require !== 'undefined' ? require('sizeof') : null`, a Node-only image measurer) and the
// browserify prelude of jszip's browser build (`"function"==typeof require&&require`, twice). Those
// references make Rolldown add its require shim to the shared runtime chunk, which the first paint
// loads: 0.2 kB gzip on every page for a branch no browser takes. The browser's answer (null /
// false) is written in instead; the build fails if the text changes in a later version, so the shim
// cannot come back unnoticed.
const REWRITES: { file: RegExp; from: string; to: string; count: number }[] = [
  {
    file: /[\\/]pptxgenjs[\\/]dist[\\/]pptxgen\.es\.js$/,
    from: "typeof require !== 'undefined' ? require('sizeof') : null",
    to: 'null',
    count: 1,
  },
  {
    file: /[\\/]jszip[\\/]dist[\\/]jszip\.min\.js$/,
    from: '"function"==typeof require&&require',
    to: '!1',
    count: 2,
  },
]

export function pptxNoRequire(): Plugin {
  return {
    name: 'pptx-no-require',
    enforce: 'pre',
    transform(code, id) {
      const rule = REWRITES.find((r) => r.file.test(id))
      if (!rule) return null
      const found = code.split(rule.from).length - 1
      if (found !== rule.count)
        throw new Error(`pptx-no-require: expected ${rule.count} × "${rule.from}" in ${id}, found ${found}`)
      return { code: code.replaceAll(rule.from, rule.to), map: null }
    },
  }
}
