// The one entry point for a file a user drops: spreadsheet or text, told apart by the bytes rather
// than the name (government systems export "xls" files that are really HTML or tab-separated text).
import { decodeText } from './decode-text'
import { readDelimited } from './read-delimited'
import { readWorkbook } from './read-xlsx'
import type { RowIssue, TableBook } from './types'

export type ReadResult = TableBook & { issues: RowIssue[] }

const ZIP = [0x50, 0x4b, 0x03, 0x04] // xlsx, xlsm, ods
const OLE = [0xd0, 0xcf, 0x11, 0xe0] // xls, et (WPS), older Office
const SPREADSHEET_NAME = /\.(xlsx|xlsm|xlsb|xls|et|ods)$/i

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName
  return name.replace(/\.[^.]+$/, '') || name
}

function unreadable(fileName: string, detail: string): ReadResult {
  return {
    sheets: [],
    format: 'csv',
    issues: [
      { sheet: baseName(fileName), row: 0, severity: 'error', code: 'unreadable-file', params: { detail } },
    ],
  }
}

export function readTable(bytes: Uint8Array, fileName: string): ReadResult {
  if (bytes.length === 0) {
    return {
      sheets: [],
      format: 'csv',
      issues: [{ sheet: baseName(fileName), row: 0, severity: 'error', code: 'empty-file' }],
    }
  }
  const container = startsWith(bytes, ZIP) || startsWith(bytes, OLE)
  // An "xls" that is an HTML table or SpreadsheetML also goes to SheetJS, which reads both.
  const markup =
    SPREADSHEET_NAME.test(fileName) && /^\s*</.test(new TextDecoder().decode(bytes.subarray(0, 64)))
  if (container || markup) {
    try {
      return { sheets: readWorkbook(bytes), format: 'xlsx', issues: [] }
    } catch (e) {
      // Password-protected or damaged workbooks: say so instead of throwing at the UI.
      return unreadable(fileName, e instanceof Error ? e.message : String(e))
    }
  }
  const { text, encoding } = decodeText(bytes)
  const sheet = readDelimited(text, baseName(fileName))
  const { delimiter, ...rest } = sheet
  return { sheets: [rest], format: 'csv', encoding, delimiter, issues: [] }
}
