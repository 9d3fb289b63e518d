import { DataError } from '../dataset/errors'

// The single-file build runs from file://, where fetch() of a JSON is blocked: the data ships inside.
const files = import.meta.glob<string>('/public/data/**/*.{json,txt}', {
  query: '?raw',
  import: 'default',
  eager: true,
})

export async function loadText(path: string): Promise<string> {
  const text = files[`/public/data/${path}`]
  if (text === undefined) {
    throw new DataError('missing', `data/${path}`, [{ path: '', message: 'not bundled in this build' }])
  }
  return text
}
