// The body of `npm run dataset` (run through scripts/lib/run-ts.mjs): every reviewed report is
// ingest(its text) + its decisions file, and the manifest is assembled from the reports present.
//   npm run dataset              writes public/data/<id>/report.json for each data/decisions/<id>.json,
//                                then public/data/manifest.json from every public/data/*/report.json
//   npm run dataset -- --check   writes nothing; exits 1 naming each file that differs from what it would write
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { assembleManifest } from '../src/lib/dataset/assemble-manifest'
import { printJson } from '../src/lib/dataset/print-json'
import { Manifest, type Report } from '../src/lib/dataset/schema'
import { parseReport } from '../src/lib/dataset/validate'
import { ingestText } from '../src/lib/ingest'
import { applyDecisions } from '../src/lib/ingest/decisions/apply'
import { Decisions } from '../src/lib/ingest/decisions/schema'

const ROOT = process.cwd()
const DECISIONS = join(ROOT, 'data/decisions')
const DATA = join(ROOT, 'public/data')

/** The report a decisions file makes from its report's text. */
export async function reviewedReport(decisionsFile: string): Promise<{ file: string; report: Report }> {
  const parsed = Decisions.safeParse(JSON.parse(readFileSync(decisionsFile, 'utf8')))
  if (!parsed.success)
    throw new Error(
      `${decisionsFile}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    )
  const decisions = parsed.data
  const dir = join(DATA, decisions.report.id)
  const text = readFileSync(join(dir, decisions.report.textFile), 'utf8')
  const draft = await ingestText(text)
  const report = applyDecisions(draft.report, decisions, text, relative(ROOT, decisionsFile))
  return { file: join(dir, 'report.json'), report }
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { check: { type: 'boolean', default: false } } })
  const out = new Map<string, string>()
  for (const name of readdirSync(DECISIONS)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const { file, report } = await reviewedReport(join(DECISIONS, name))
    out.set(file, printJson(report))
  }
  const present = readdirSync(DATA, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(DATA, e.name, 'report.json')))
    .map((e) => {
      const file = join(DATA, e.name, 'report.json')
      const text = out.get(file) ?? readFileSync(file, 'utf8')
      return { file: `${e.name}/report.json`, report: parseReport(JSON.parse(text), relative(ROOT, file)) }
    })
  const manifestFile = join(DATA, 'manifest.json')
  const current = existsSync(manifestFile)
    ? Manifest.safeParse(JSON.parse(readFileSync(manifestFile, 'utf8')))
    : undefined
  out.set(manifestFile, printJson(assembleManifest(present, current?.data?.defaultReport)))

  const stale = [...out].filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text)
  if (values.check) {
    for (const [file] of stale)
      console.error(`${relative(ROOT, file)} differs from what npm run dataset writes`)
    if (stale.length) console.error('run `npm run dataset` and commit the result (or fix the decisions)')
    else console.log(`dataset: ${out.size} file(s) up to date`)
    return stale.length ? 1 : 0
  }
  for (const [file, text] of stale) writeFileSync(file, text)
  console.log(
    `dataset: wrote ${stale.length} of ${out.size} file(s)${stale.length ? `: ${stale.map(([f]) => relative(ROOT, f)).join(', ')}` : ''}`,
  )
  return 0
}
