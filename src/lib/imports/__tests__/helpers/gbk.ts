// A GBK encoder for tests, built from the platform's own GBK decoder: every two-byte code is decoded
// once and the table turned around. Node and browsers only ship GBK decoding, and tests must feed the
// readers the bytes a Chinese Windows writes.
let table: Map<string, [number, number]> | undefined

function encoderTable(): Map<string, [number, number]> {
  if (table) return table
  const decoder = new TextDecoder('gbk')
  const out = new Map<string, [number, number]>()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([lead, trail]))
      if (ch.length === 1 && ch !== '\ufffd' && !out.has(ch)) out.set(ch, [lead, trail])
    }
  }
  table = out
  return out
}

/** The GBK bytes of a text; throws on a character GBK cannot write (the test's mistake, not the reader's). */
export function gbkBytes(text: string): Uint8Array {
  const t = encoderTable()
  const bytes: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (code < 0x80) {
      bytes.push(code)
      continue
    }
    const pair = t.get(ch)
    if (!pair) throw new Error(`GBK cannot write ${ch}`)
    bytes.push(pair[0], pair[1])
  }
  return new Uint8Array(bytes)
}
