import type { Label } from '../i18n/languages'

/** Why a data file could not be used, naming the file and, where it applies, the JSON path. */
export type DataErrorKind =
  | 'missing' // 404/410, or a web page (a host's SPA fallback) where the file should be
  | 'network' // no answer at all: the server is unreachable
  | 'timeout' // the answer did not arrive in time
  | 'server' // HTTP 5xx
  | 'http' // any other refusal (401, 403 …)
  | 'invalid-json'
  | 'schema'
  | 'integrity'
  | 'quote'

/**
 * One problem: where (a JSON path, or '' for the whole file) and what, in English (`message`, also the
 * error's own message for logs and tests) and, where written for readers, in every language (`text`).
 */
export type DataIssue = { path: string; message: string; text?: Label }

export class DataError extends Error {
  readonly kind: DataErrorKind
  readonly file: string
  readonly issues: DataIssue[]

  constructor(kind: DataErrorKind, file: string, issues: DataIssue[]) {
    const first = issues[0]
    super(`${file}: ${first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : kind}`)
    this.name = 'DataError'
    this.kind = kind
    this.file = file
    this.issues = issues
  }
}

/** `indicators[0].growth.value` from zod's path segments. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${String(part)}` : String(part)
  }
  return out
}
