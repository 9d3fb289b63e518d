import { type ClassValue, clsx } from 'clsx'

// clsx alone: tailwind-merge would cost ~7 kB gzip on the first paint for conflicts we avoid by design.
export function cx(...inputs: ClassValue[]): string {
  return clsx(inputs)
}
