// The bytes of a text file as staff save them: Excel's "CSV UTF-8" (with a BOM), plain "CSV" from a
// Chinese Windows (GBK, no marker at all), "Unicode text" (UTF-16 LE with a BOM, tab-separated), or
// UTF-8 from WPS and web tools (no BOM). There is no header that says which: UTF-8 is tried strictly
// first, because GBK bytes are almost never valid UTF-8 while UTF-8 bytes are often valid GBK.

export type DecodedText = {
  text: string
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030'
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = bytes
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' }
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    // GB18030 is a superset of GBK (and of GB2312): one decoder reads all three.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' }
  }
}
