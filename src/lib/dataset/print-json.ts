// JSON as the repository keeps its data files (Biome's JSON format, lineWidth 110): two-space
// indent, objects one key a line, an array of plain values on one line when it fits, else one a line.
// So a generated file is byte-for-byte what `biome format` would leave, and `--check` can compare bytes.

const WIDTH = 110

type Json = Plain | Json[] | { [key: string]: Json }

type Plain = null | boolean | number | string
const isPlain = (v: Json): v is Plain => v === null || typeof v !== 'object'

function print(value: Json, indent: string, lead: number): string {
  if (isPlain(value)) return JSON.stringify(value)
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (!value.length) return '[]'
    if (value.every(isPlain)) {
      const line = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`
      if (lead + line.length + 1 <= WIDTH) return line
    }
    return `[\n${value.map((v) => `${inner}${print(v, inner, inner.length)}`).join(',\n')}\n${indent}]`
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined)
  if (!entries.length) return '{}'
  const lines = entries.map(([k, v]) => {
    const key = `${inner}${JSON.stringify(k)}: `
    return `${key}${print(v, inner, key.length)}`
  })
  return `{\n${lines.join(',\n')}\n${indent}}`
}

/** The file's text: the value printed, and a final newline. */
export function printJson(value: unknown): string {
  return `${print(value as Json, '', 0)}\n`
}
