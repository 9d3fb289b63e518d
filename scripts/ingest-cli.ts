// The CLI's body (scripts/ingest.mjs runs it through Vite): read the file, ingest, check, write.
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { DataError } from '../src/lib/dataset/errors'
import { parseReport } from '../src/lib/dataset/validate'
import { type IngestOptions, ingestText, readDocxText, summarise } from '../src/lib/ingest'

const USAGE =
  'usage: npm run ingest -- <report.txt|report.docx> --out <draft.json> [--review <review.json>] [--id <id>] [--year <n>] [--county <zh>] [--province <zh>] [--quiet]'

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      review: { type: 'string' },
      id: { type: 'string' },
      year: { type: 'string' },
      county: { type: 'string' },
      province: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  })
  const file = positionals[0]
  if (!file || !values.out) {
    console.error(USAGE)
    return 2
  }
  const bytes = readFileSync(file)
  let text: string
  if (/\.docx$/i.test(file)) {
    const docx = await readDocxText(new Uint8Array(bytes))
    for (const m of docx.messages) console.error(`docx: ${m}`)
    text = docx.text
  } else {
    text = new TextDecoder('utf-8').decode(bytes)
  }
  const options: IngestOptions = {
    ...(values.id ? { id: values.id } : {}),
    ...(values.year ? { year: Number(values.year) } : {}),
    ...(values.county ? { county: { zh: values.county } } : {}),
    ...(values.province ? { province: { zh: values.province } } : {}),
  }
  const started = performance.now()
  const draft = await ingestText(text, options)
  const ms = performance.now() - started
  try {
    parseReport(draft.report, values.out)
  } catch (e) {
    if (!(e instanceof DataError)) throw e
    console.error(`the draft does not pass the schema (a pipeline bug): ${e.message}`)
    for (const issue of e.issues.slice(0, 20)) console.error(`  ${issue.path}: ${issue.message}`)
    return 1
  }
  const body = values.review ? draft.report : draft
  writeFileSync(values.out, `${JSON.stringify(body, null, 2)}\n`)
  if (values.review) writeFileSync(values.review, `${JSON.stringify(draft.review, null, 2)}\n`)
  if (!values.quiet) console.log(summarise(draft))
  console.log(
    `\nwrote ${values.out}${values.review ? ` and ${values.review}` : ''} (ingest ${ms.toFixed(0)} ms)`,
  )
  return 0
}
