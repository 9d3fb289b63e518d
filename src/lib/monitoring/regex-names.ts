// The literal names a catalog pattern stands for: /规模以上工业(?:企业)?增加值/ names 规模以上工业增加值 and
// 规模以上工业企业增加值. The import matcher compares whole names, so the extraction catalog's synonyms
// (src/lib/ingest/indicator-catalog.ts) are spelled out here instead of being copied by hand.
// Only the small grammar the catalog uses is read: literals, (?:a|b) groups, ? after a group or a
// character, anchors, and look-behinds (a condition on the text before the name, not part of it).
// Anything else (classes, repetition) makes the pattern unreadable here: it then names nothing.

const MAX_NAMES = 64

type Parsed = { names: string[]; at: number } | null

const SPECIAL = new Set(['.', '[', ']', '*', '+', '{', '}'])

function product(a: string[], b: string[]): string[] | null {
  const out: string[] = []
  for (const x of a) for (const y of b) out.push(x + y)
  return out.length > MAX_NAMES ? null : out
}

/** The closing parenthesis of the group opened at `open`. */
function closing(src: string, open: number): number {
  let depth = 0
  for (let i = open; i < src.length; i++) {
    if (src[i] === '\\') i++
    else if (src[i] === '(') depth++
    else if (src[i] === ')' && --depth === 0) return i
  }
  return -1
}

function alternatives(src: string, at: number): Parsed {
  const names: string[] = []
  let i = at
  for (;;) {
    const seq = sequence(src, i)
    if (!seq) return null
    names.push(...seq.names)
    i = seq.at
    if (src[i] !== '|') return { names: [...new Set(names)], at: i }
    i++
  }
}

function sequence(src: string, at: number): Parsed {
  let names = ['']
  let i = at
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    let atom: string[]
    const c = src[i] as string
    if (c === '(') {
      const end = closing(src, i)
      if (end < 0) return null
      if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
        atom = [''] // a look-around: a condition, not part of the name
      } else {
        const start = src.startsWith('(?:', i) ? i + 3 : i + 1
        const inner = alternatives(src, start)
        if (!inner || inner.at !== end) return null
        atom = inner.names
      }
      i = end + 1
    } else if (c === '^' || c === '$') {
      atom = ['']
      i++
    } else if (c === '\\') {
      const next = src[i + 1]
      if (next === undefined || /[a-zA-Z0-9]/.test(next)) return null // \d, \s …: a class
      atom = [next]
      i += 2
    } else if (SPECIAL.has(c) || c === '?') {
      return null
    } else {
      atom = [c]
      i++
    }
    if (src[i] === '?') {
      atom = [...atom, '']
      i++
    }
    const next = product(names, atom)
    if (!next) return null
    names = next
  }
  return { names, at: i }
}

/** Every literal name the pattern matches, or [] when it is more than the small grammar above. */
export function regexNames(pattern: RegExp): string[] {
  const parsed = alternatives(pattern.source, 0)
  if (!parsed || parsed.at !== pattern.source.length) return []
  return parsed.names.filter((n) => n !== '')
}
