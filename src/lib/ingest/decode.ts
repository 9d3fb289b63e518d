// Report .txt files come as UTF-8 or, from many government sites and older Windows PCs, as GBK.
// Strict UTF-8 first (it rejects GBK bytes); GBK otherwise. TextDecoder has both in browsers and Node.

export function decodeReportBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' }
  }
}
