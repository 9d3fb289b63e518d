// Reads the served dataset straight from public/data, as the app would fetch it.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

// Vitest runs from the project root (import.meta.url is http: under jsdom).
const DATA = `${resolve(process.cwd(), 'public/data')}/`

export const REPORT_FILE = 'chaoyang-2023/report.json'
export const MANIFEST_FILE = 'manifest.json'

export function readData(file: string): string {
  return readFileSync(`${DATA}${file}`, 'utf8')
}

/** A fresh, mutable copy of the report JSON. */
export function rawReport(): Record<string, unknown> {
  return JSON.parse(readData(REPORT_FILE)) as Record<string, unknown>
}

export const reportText = readData('chaoyang-2023/report.txt')
