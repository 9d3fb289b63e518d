/** Why a data file could not be used, naming the file and, where it applies, the JSON path. */
export type DataErrorKind = 'missing' | 'network' | 'invalid-json' | 'schema' | 'integrity' | 'quote'

export type DataIssue = { path: string; message: string }

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
