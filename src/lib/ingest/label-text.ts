// Labels are written from the normalised text, where punctuation is half-width. Chinese labels use
// full-width punctuation, as government documents do (issue 16); quotes keep the report's own.
const FULL: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
}

export function zhLabel(s: string): string {
  return s.replace(/[,;:()!?]/g, (c) => FULL[c] ?? c).trim()
}
