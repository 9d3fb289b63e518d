import type { Stage } from '../dataset/schema'
import type { Unit } from '../format/units'
import type { Quantity } from './quantities'
import type { Sentence } from './sentences'
import type { DraftQualifier, ItemKind, Role } from './types'

// What the classifier and the table reader say about one quantity, before ids and quotes are
// fixed. Offsets are normalised; the assembler maps them to the original.

export type Finding = {
  kind: ItemKind
  role: Role
  indicatorId?: string
  stage?: Stage
  labelZh: string
  value: number
  q: Quantity
  unit: Unit | null
  unitText: string
  qualifier?: DraftQualifier
  range?: { low: number; high: number }
  estimated: boolean
  period: 'review' | 'plan' | 'to-date'
  sentence: Sentence
  quote: [number, number]
  confidence: number
  why: string
  basisStated?: 'real' | 'nominal'
}

export type Rejection = { q: Quantity; reason: string }
