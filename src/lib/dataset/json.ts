import { DataError } from './errors'

/** Parse JSON text, naming the file when it is not JSON at all. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new DataError('invalid-json', file, [
      { path: '', message: `not valid JSON (${(e as Error).message})` },
    ])
  }
}
