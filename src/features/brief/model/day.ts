/** A date as a printed page writes it: 2026-12-01 (local time: the day on the reader's calendar). */
export function dayOf(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
