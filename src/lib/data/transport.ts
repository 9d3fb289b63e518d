import { DataError } from '../dataset/errors'

/** Files under public/data/, fetched from the app's own origin. */
export async function loadText(path: string): Promise<string> {
  const file = `data/${path}`
  let response: Response
  try {
    response = await fetch(`${import.meta.env.BASE_URL}${file}`)
  } catch (e) {
    throw new DataError('network', file, [
      { path: '', message: `could not be fetched (${(e as Error).message})` },
    ])
  }
  if (!response.ok) {
    throw new DataError('missing', file, [
      { path: '', message: `HTTP ${response.status}: the file is missing` },
    ])
  }
  return response.text()
}
