/**
 * A piece of the app's own code (a lazy screen's chunk, the data checks …) that did not arrive: a 404
 * after a redeploy renamed the chunks, an HTML page where the script should be (a host's SPA fallback),
 * the network gone, or no answer in time. Never a bug in the code itself: the way out is to load the
 * page again, once the server answers.
 */
export class CodeLoadError extends Error {
  /** 'timeout' when nothing arrived in time; 'failed' for every refusal (404, HTML, network). */
  readonly reason: 'failed' | 'timeout'
  /** The file that failed, when the browser names it (Chromium and Firefox do). */
  readonly url: string | undefined

  constructor(reason: 'failed' | 'timeout', url: string | undefined, cause?: unknown) {
    super(`code did not load${url ? `: ${url}` : ''} (${reason})`, { cause })
    this.name = 'CodeLoadError'
    this.reason = reason
    this.url = url
  }
}

export function isCodeLoadError(error: unknown): error is CodeLoadError {
  return error instanceof Error && error.name === 'CodeLoadError'
}

/** The script URL a browser names in a failed import's message, if any. */
export function failedUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error)
  return message.match(/(?:https?:\/\/[^\s'"]+|\/assets\/[^\s'"]+)/)?.[0]
}
