/**
 * Whether a data path from a manifest (`chaoyang-2023/report.json`) or a report (`report.txt`) is a
 * plain relative path inside the data folder: no scheme (`javascript:`, `https:`), no absolute or
 * protocol-relative start, no `.` or `..` segment, no empty segment, no backslash, no percent-escape
 * (so `%2e%2e` or `%00` cannot sneak past), no query or fragment, no control character.
 */
export function isSafeDataPath(path: string): boolean {
  if (path.length === 0 || path.length > 300) return false
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\%:?#]/.test(path)) return false
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
}
