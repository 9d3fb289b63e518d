// The CLI's body (scripts/ingest.mjs runs it through Vite): read the file, ingest, check, write.
// --out gets the report itself (it passes the app's schema, so it can sit in public/data); the review
// sidecar goes beside it (<out>.review.json unless --review says where). A .docx is read to text
// first, and that text (which the quotes cite) is written beside the report as its textFile.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { DataError } from '../src/lib/dataset/errors'
import { parseReport } from '../src/lib/dataset/validate'
import { decodeReportBytes, type IngestOptions, ingestText, readDocxText, summarise } from '../src/lib/ingest'

const USAGE = `usage: npm run ingest -- <report.txt|report.docx> --out <draft.json>
  [--review <review.json>] [--id <id>] [--year <n>] [--county <zh>] [--province <zh>] [--quiet]`

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
  const out = values.out
  if (!file || !out) {
    console.error(USAGE)
    return 2
  }
  const docx = /\.docx$/i.test(file)
  const bytes = readFileSync(file)
  let text: string
  if (docx) {
    const read = await readDocxText(new Uint8Array(bytes))
    for (const m of read.messages) console.error(`docx: ${m}`)
    text = read.text
  } else {
    const decoded = decodeReportBytes(new Uint8Array(bytes))
    if (decoded.encoding !== 'utf-8') console.error(`read ${file} as ${decoded.encoding}`)
    text = decoded.text
  }
  const textPath = docx ? out.replace(/(\.json)?$/, '.txt') : file
  const options: IngestOptions = {
    textFile: basename(textPath),
    ...(values.id ? { id: values.id } : {}),
    ...(values.year ? { year: Number(values.year) } : {}),
    ...(values.county ? { county: { zh: values.county } } : {}),
    ...(values.province ? { province: { zh: values.province } } : {}),
  }
  const started = performance.now()
  const draft = await ingestText(text, options)
  const ms = performance.now() - started
  try {
    parseReport(draft.report, out)
  } catch (e) {
    if (!(e instanceof DataError)) throw e
    console.error(`the draft does not pass the schema (a pipeline bug): ${e.message}`)
    for (const issue of e.issues.slice(0, 20)) console.error(`  ${issue.path}: ${issue.message}`)
    return 1
  }
  const reviewPath = values.review ?? out.replace(/(\.json)?$/, '.review.json')
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(draft.report, null, 2)}\n`)
  writeFileSync(reviewPath, `${JSON.stringify(draft.review, null, 2)}\n`)
  if (docx) writeFileSync(textPath, text)
  if (!values.quiet) console.log(summarise(draft))
  console.log(
    `\nwrote ${out} (report), ${reviewPath} (review)${docx ? `, ${textPath} (the text the quotes cite)` : ''}`,
  )
  if (!docx && dirname(file) !== dirname(out))
    console.log(
      `the report's textFile is ${basename(file)}: put the text beside it as ${join(dirname(out), basename(file))}`,
    )
  console.log(`ingest took ${ms.toFixed(0)} ms`)
  return 0
}
