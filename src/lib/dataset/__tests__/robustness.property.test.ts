// Mutates the real dataset in generated ways and proves every broken file is reported as a DataError (or a
// quote issue) that names the mutated field, and that nothing else is ever thrown.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UNIT_KEYS } from '../../format/units'
import { DataError } from '../errors'
import { allQuotes } from '../facts'
import type { Report } from '../schema'
import { parseReport, quoteIssues } from '../validate'
import { REPORT_FILE, rawReport, reportText } from './load'

type Json = Record<string, unknown>
type Seg = string | number
type Mutation = { kind: string; path: Seg[]; apply: (data: Json) => void; via: 'parse' | 'quote' }

const base = rawReport()
const report = parseReport(structuredClone(base), REPORT_FILE)

function fmt(path: Seg[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('')
}

function parent(data: Json, path: Seg[]): Record<Seg, unknown> {
  let node: unknown = data
  for (const seg of path.slice(0, -1)) node = (node as Record<Seg, unknown>)[seg]
  return node as Record<Seg, unknown>
}

function setAt(data: Json, path: Seg[], value: unknown): void {
  parent(data, path)[path.at(-1) as Seg] = value
}

function getAt(data: Json, path: Seg[]): unknown {
  return parent(data, path)[path.at(-1) as Seg]
}

function deleteAt(data: Json, path: Seg[]): void {
  delete parent(data, path)[path.at(-1) as Seg]
}

// ---- the mutable sites of the real dataset, by the type the schema expects there
const FACT_STRINGS = ['id', 'sectionId', 'quote']
const FACT_REQUIRED = ['id', 'label', 'value', 'unit', 'period', 'sectionId', 'quote']
type Site = { path: Seg[]; type: 'string' | 'number' | 'boolean' | 'object' | 'array' }
const required: Site[] = []
const numbers: Seg[][] = []
const labels: Seg[][] = []
const units: Seg[][] = []

function fact(path: Seg[], f: Json, extra: string[] = []) {
  for (const k of [...FACT_REQUIRED, ...extra]) {
    const v = f[k]
    required.push({
      path: [...path, k],
      type:
        typeof v === 'number'
          ? 'number'
          : typeof v === 'object'
            ? 'object'
            : FACT_STRINGS.includes(k) || typeof v === 'string'
              ? 'string'
              : 'string',
    })
  }
  numbers.push([...path, 'value'])
  labels.push([...path, 'label', 'zh'], [...path, 'label', 'en'])
  units.push([...path, 'unit'])
}

report.indicators.forEach((ind, i) => {
  required.push(
    { path: ['indicators', i, 'basis'], type: 'string' },
    { path: ['indicators', i, 'growth'], type: 'object' },
  )
  if (ind.actual) fact(['indicators', i, 'actual'], ind.actual as unknown as Json)
  fact(['indicators', i, 'growth'], ind.growth as unknown as Json)
  fact(['indicators', i, 'target'], ind.target as unknown as Json)
})
report.metrics.forEach((m, i) => {
  fact(['metrics', i], m as unknown as Json, ['areaId'])
})
report.pipeline.forEach((p, i) => {
  fact(['pipeline', i, 'count'], p.count as unknown as Json)
  required.push(
    { path: ['pipeline', i, 'stage'], type: 'string' },
    { path: ['pipeline', i, 'exampleIds'], type: 'array' },
  )
})
report.projects.forEach((p, i) => {
  for (const k of ['id', 'kind', 'sector', 'stage', 'stageText', 'areaId', 'sectionId', 'quote'])
    required.push({ path: ['projects', i, k], type: 'string' })
  for (const k of ['sectorStated', 'stageStated'])
    required.push({ path: ['projects', i, k], type: 'boolean' })
  required.push({ path: ['projects', i, 'name'], type: 'object' })
  labels.push(['projects', i, 'name', 'zh'], ['projects', i, 'name', 'en'])
  if (p.investment) numbers.push(['projects', i, 'investment', 'value'])
})
report.sections.forEach((s, i) => {
  for (const k of ['id', 'part', 'heading']) required.push({ path: ['sections', i, k], type: 'string' })
  required.push(
    { path: ['sections', i, 'topics'], type: 'array' },
    { path: ['sections', i, 'title'], type: 'object' },
  )
  s.topics.forEach((_t, j) => {
    required.push({ path: ['sections', i, 'topics', j, 'heading'], type: 'string' })
  })
})
report.areas.forEach((_a, i) => {
  for (const k of ['id', 'sectionId']) required.push({ path: ['areas', i, k], type: 'string' })
  required.push(
    { path: ['areas', i, 'topicIds'], type: 'array' },
    { path: ['areas', i, 'summary'], type: 'object' },
  )
  labels.push(['areas', i, 'summary', 'en'], ['areas', i, 'label', 'zh'])
})
report.derived.forEach((_d, i) => {
  for (const k of ['id', 'unit', 'period', 'op']) required.push({ path: ['derived', i, k], type: 'string' })
  for (const k of ['value', 'decimals']) required.push({ path: ['derived', i, k], type: 'number' })
  required.push(
    { path: ['derived', i, 'inputs'], type: 'array' },
    { path: ['derived', i, 'formula'], type: 'object' },
  )
  numbers.push(['derived', i, 'value'])
  units.push(['derived', i, 'unit'])
})
report.nonMetrics.forEach((_n, i) => {
  for (const k of ['token', 'reason', 'quote']) required.push({ path: ['nonMetrics', i, k], type: 'string' })
  labels.push(['nonMetrics', i, 'reason'])
})
report.problems.forEach((_p, i) => {
  for (const k of ['id', 'quote']) required.push({ path: ['problems', i, k], type: 'string' })
  required.push({ path: ['problems', i, 'ordinal'], type: 'number' })
  labels.push(['problems', i, 'text', 'en'])
})
for (const k of ['schemaVersion', 'year']) required.push({ path: [k], type: 'number' })
for (const k of ['id', 'textFile']) required.push({ path: [k], type: 'string' })
for (const k of ['sections', 'areas', 'indicators', 'metrics', 'projects', 'pipeline', 'problems', 'derived'])
  required.push({ path: [k], type: 'array' })
required.push(
  { path: ['plan'], type: 'object' },
  { path: ['plan', 'truncation', 'lastWords'], type: 'string' },
)

/** Places that refer to other items by id. */
const references: Seg[][] = []
report.metrics.forEach((m, i) => {
  references.push(['metrics', i, 'areaId'], ['metrics', i, 'sectionId'])
  if (m.topicId) references.push(['metrics', i, 'topicId'])
})
report.projects.forEach((p, i) => {
  references.push(['projects', i, 'areaId'], ['projects', i, 'sectionId'])
  if (p.topicId) references.push(['projects', i, 'topicId'])
})
report.areas.forEach((a, i) => {
  references.push(['areas', i, 'sectionId'])
  a.topicIds.forEach((_t, j) => {
    references.push(['areas', i, 'topicIds', j])
  })
})
report.pipeline.forEach((p, i) => {
  p.exampleIds.forEach((_e, j) => {
    references.push(['pipeline', i, 'exampleIds', j])
  })
})
report.derived.forEach((d, i) => {
  d.inputs.forEach((_x, j) => {
    references.push(['derived', i, 'inputs', j])
  })
})

const idCollections = ['metrics', 'projects', 'areas', 'derived'] as const
const quotePaths = allQuotes(report).map(({ path }) => path)

// ---- mutation generators
const wrongValues = fc.constantFrom<unknown>(null, 42, -1.5, 'text', true, [], {}, [1, 2], { zh: 1 })
const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v)

const deleteField = fc
  .constantFrom(...required)
  .map((s): Mutation => ({ kind: 'delete', path: s.path, via: 'parse', apply: (d) => deleteAt(d, s.path) }))
const wrongType = fc
  .tuple(fc.constantFrom(...required), wrongValues)
  .filter(([s, v]) => typeOf(v) !== s.type)
  .map(
    ([s, v]): Mutation => ({
      kind: `wrong type ${typeOf(v)}`,
      path: s.path,
      via: 'parse',
      apply: (d) => setAt(d, s.path, v),
    }),
  )
const unknownUnit = fc
  .tuple(fc.constantFrom(...units), fc.string({ minLength: 1, maxLength: 6 }))
  .filter(([, u]) => !(UNIT_KEYS as readonly string[]).includes(u))
  .map(([p, u]): Mutation => ({ kind: 'unknown unit', path: p, via: 'parse', apply: (d) => setAt(d, p, u) }))
const nonFinite = fc
  .tuple(
    fc.constantFrom(...numbers),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  )
  .map(
    ([p, v]): Mutation => ({ kind: `non-finite ${v}`, path: p, via: 'parse', apply: (d) => setAt(d, p, v) }),
  )
const hugeString = fc
  .tuple(
    fc.constantFrom(
      ...labels,
      ...quotePaths.map((q) =>
        q
          .split(/\.|\[|\]/)
          .filter(Boolean)
          .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
      ),
    ),
    fc.integer({ min: 1, max: 3000 }),
  )
  .map(
    ([p, extra]): Mutation => ({
      kind: 'huge string',
      path: p,
      via: 'parse',
      apply: (d) => setAt(d, p, 'x'.repeat(4000 + extra)),
    }),
  )
const badQuote = fc
  .tuple(fc.constantFrom(...quotePaths), fc.string({ minLength: 0, maxLength: 20 }))
  .map(([path, s]): Mutation => {
    const segs = path
      .split(/\.|\[|\]/)
      .filter(Boolean)
      .map((x) => (/^\d+$/.test(x) ? Number(x) : x))
    return {
      kind: 'quote not in text',
      path: segs,
      via: 'quote',
      apply: (d) => setAt(d, segs, `${String(getAt(d, segs)).slice(0, 30)}⟂${s}`),
    }
  })
const duplicateId = fc
  .tuple(fc.constantFrom(...idCollections), fc.nat(), fc.nat())
  .map(([c, a, b]): Mutation => {
    const n = report[c].length
    const i = a % n
    const j = (i + 1 + (b % (n - 1))) % n // j ≠ i
    const later = Math.max(i, j)
    return {
      kind: 'duplicate id',
      path: [c, later, 'id'],
      via: 'parse',
      apply: (d) => {
        const items = d[c] as Json[]
        const first = items[Math.min(i, j)]
        const second = items[later]
        if (first && second) second.id = first.id
      },
    }
  })
const brokenRef = fc
  .tuple(fc.constantFrom(...references), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/))
  .map(
    ([p, s]): Mutation => ({
      kind: 'broken reference',
      path: p,
      via: 'parse',
      apply: (d) => setAt(d, p, `zz-missing-${s}`),
    }),
  )
const wrongDerived = fc
  .tuple(fc.nat({ max: report.derived.length - 1 }), fc.integer({ min: 1, max: 10_000 }), fc.boolean())
  .map(([i, k, down]): Mutation => {
    const d = report.derived[i]
    const step = 10 ** -(d?.decimals ?? 0)
    return {
      kind: 'derived value off',
      path: ['derived', i, 'value'],
      via: 'parse',
      apply: (data) => setAt(data, ['derived', i, 'value'], (d?.value ?? 0) + (down ? -k : k) * step),
    }
  })

const mutation = fc.oneof(
  deleteField,
  wrongType,
  unknownUnit,
  nonFinite,
  hugeString,
  badQuote,
  duplicateId,
  brokenRef,
  wrongDerived,
)

describe('robustness of the loader against broken data', () => {
  it('the unmutated dataset passes', () => {
    expect(quoteIssues(parseReport(structuredClone(base), REPORT_FILE), reportText)).toEqual([])
  })

  it('every generated mutation yields a DataError or quote issue naming the mutated field', () => {
    const seen = new Set<string>()
    fc.assert(
      fc.property(mutation, (m) => {
        seen.add(m.kind.split(' ')[0] ?? m.kind)
        const data = structuredClone(base)
        m.apply(data)
        const path = fmt(m.path)
        if (m.via === 'quote') {
          const parsed = parseReport(data, REPORT_FILE) as Report
          const issues = quoteIssues(parsed, reportText)
          expect(issues.map((i) => i.path)).toContain(path)
          return
        }
        let error: unknown
        try {
          parseReport(data, REPORT_FILE)
        } catch (e) {
          error = e
        }
        expect(error, `${m.kind} at ${path} was accepted`).toBeInstanceOf(DataError)
        const err = error as DataError
        expect(err.file).toBe(REPORT_FILE)
        expect(err.message).toContain(REPORT_FILE)
        const named = err.issues.some(
          (i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`),
        )
        expect(named, `${m.kind} at ${path}: ${err.issues.map((i) => i.path).join(', ')}`).toBe(true)
      }),
      { numRuns: 300 },
    )
    expect(seen.size).toBe(9)
  }, 60_000) // 300 full parses of the real dataset: ~4 s alone, more on a loaded 2-core machine

  it('arbitrary JSON is rejected with a DataError, never another exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => parseReport(value, REPORT_FILE)).toThrow(DataError)
      }),
      { numRuns: 250 },
    )
  })
})
