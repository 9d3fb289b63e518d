// The ingest pipeline's public surface: text (or .docx) in, a draft report and its review out.
export { readDocxText } from './docx'
export { CATALOG, type CatalogEntry, catalogEntry, matchIndicator } from './indicator-catalog'
export { type IngestOptions, ingestText, ingestWith } from './ingest'
export { type CharConverter, type NormalisedText, normalise, originalSlice, toOriginal } from './normalise'
export { parseArabic, parseChineseNumeral, parseNumberText } from './numbers'
export { summarise } from './summary'
export { loadTraditionalConverter, looksTraditional } from './traditional'
export * from './types'
