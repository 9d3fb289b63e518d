import { DataError, type DataErrorKind } from '../dataset/errors'
import { isSafeDataPath } from '../dataset/paths'
import { translateCommon } from '../i18n/common'
import { LANGS, type Label } from '../i18n/languages'

/** No answer, or no new bytes of it, for this long: the request ends and the screen offers Retry. */
export const DATA_TIMEOUT_MS = 20_000

// The kind of failure is said in words by the data error panel; the detail here is technical (a
// status, a browser's message) and reads alike in every language, except the one a reader needs
// explained: a web page where the file should be.
function fail(kind: DataErrorKind, file: string, message: string, text?: Label): never {
  throw new DataError(kind, file, [{ path: '', message, ...(text ? { text } : {}) }])
}

// Most static hosts (and `vite preview`) answer a missing file with their index.html and status 200:
// that page is never data.
const looksLikeHtml = (type: string, head: string) =>
  type.includes('text/html') || /^\s*<(?:!doctype\s+html|html[\s>])/i.test(head)

/**
 * A file under public/data/, fetched from the app's own origin. Every way it can fail ends in a
 * DataError that says which: missing (404/410, or a web page instead of the file), server error (5xx),
 * refused (other statuses), unreachable, or too slow (DATA_TIMEOUT_MS without progress).
 */
export async function loadText(path: string, timeout = DATA_TIMEOUT_MS): Promise<string> {
  const file = `data/${path}`
  if (!isSafeDataPath(path)) fail('http', file, 'refused: not a relative path inside data/')
  const abort = new AbortController()
  let timer = setTimeout(() => abort.abort(), timeout)
  const progress = () => {
    clearTimeout(timer)
    timer = setTimeout(() => abort.abort(), timeout)
  }
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}${file}`, { signal: abort.signal })
    const { status } = response
    const http = `HTTP ${status}`
    if (status === 404 || status === 410) fail('missing', file, http)
    if (status >= 500) fail('server', file, http)
    if (!response.ok) fail('http', file, http)
    progress()
    const text = await readText(response, progress)
    if (looksLikeHtml(response.headers.get('content-type') ?? '', text.slice(0, 200)))
      fail(
        'missing',
        file,
        `${http}, but a web page (HTML), not this file`,
        Object.fromEntries(LANGS.map((l) => [l, translateCommon(l, 'dataError.html')])) as Label,
      )
    return text
  } catch (e) {
    if (e instanceof DataError) throw e
    if (abort.signal.aborted) fail('timeout', file, `nothing within ${timeout / 1000} s`)
    fail('network', file, (e as Error).message)
  } finally {
    clearTimeout(timer)
  }
}

/** The body as text, calling `progress` on every chunk (a stalled body times out like a stalled answer). */
async function readText(response: Response, progress: () => void): Promise<string> {
  const reader = response.body?.getReader()
  if (!reader) return response.text()
  const decoder = new TextDecoder()
  let out = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return out + decoder.decode()
    progress()
    out += decoder.decode(value, { stream: true })
  }
}
