/**
 * A text cut to at most `max` characters with an ellipsis, for echoing what a link or a file said (an
 * id, a path, a value) without letting 100,000 characters run across the screen. Never splits a
 * surrogate pair.
 */
export function clip(text: string, max = 60): string {
  if (text.length <= max) return text
  let end = Math.max(0, max - 1)
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end-- // a high surrogate: its pair would be cut off
  return `${text.slice(0, end)}…`
}
