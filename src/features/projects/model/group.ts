// Counting by sector and stage is the report model's (src/lib/report-model/projects.ts), shared with
// the deck; the explorer counts its filtered rows through the same functions.
export { bySector, byStage, type SectorBar, type StageBar } from '@/lib/report-model/projects'

/** Toggle one value of a multi-select (a bar click adds it, a second click removes it). */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}
