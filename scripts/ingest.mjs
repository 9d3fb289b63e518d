#!/usr/bin/env node
// Report text (or .docx) → draft dataset, through the same pipeline the app uses (src/lib/ingest).
//   npm run ingest -- <report.txt|report.docx> --out <draft.json> [--review <review.json>]
//                     [--id chaoyang-2024] [--year 2024] [--county 朝阳县] [--province 辽宁省] [--quiet]
// Prints what it found (facts per kind, indicators, projects) and every number it could not place,
// and writes { report, review }: the report passes the app's schema (checked here before writing).
// The body is scripts/ingest-cli.ts, run through scripts/lib/run-ts.mjs.
import { runTs } from './lib/run-ts.mjs'

process.exit(await runTs('scripts/ingest-cli.ts', process.argv.slice(2)))
