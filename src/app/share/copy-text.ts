/**
 * Copies text: the Clipboard API where the browser offers it (https, localhost), else the older
 * copy command on a selected field (a plain-http intranet host, file:// in some browsers). false when
 * both are refused: the caller then shows the text selected for Ctrl+C.
 */
export async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Refused (permission, no user gesture, insecure context): try the copy command below.
  }
  if (!field) return false
  field.value = text
  field.focus()
  field.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  }
}
