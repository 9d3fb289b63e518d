import { decodeReportBytes } from './decode'
import { readDocxText } from './docx'

// A report file the user opens on #/ingest: .docx through mammoth (loaded only for a .docx), any other
// file as text in UTF-8 or GBK.

export type ReportFileText = { text: string; encoding: 'utf-8' | 'gbk' | 'docx'; messages: string[] }

export async function readReportFile(bytes: Uint8Array, name: string): Promise<ReportFileText> {
  if (/\.docx$/i.test(name)) {
    const { text, messages } = await readDocxText(bytes)
    return { text, encoding: 'docx', messages }
  }
  return { ...decodeReportBytes(bytes), messages: [] }
}
