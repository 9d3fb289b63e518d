/** A file name safe on Windows, macOS and Linux, keeping Chinese characters. */
export function fileName(title: string, ext: string): string {
  const base = [...title]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
  return `${base || 'export'}.${ext}`
}

/** Saves a blob through a temporary link: works from http(s) and from file:// with no server. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  // Revoking at once can cancel the download in some browsers; give it time.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
