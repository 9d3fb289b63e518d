/// <reference lib="webworker" />
// The pipeline in a worker, so reading a long report never freezes the review screen (the first run
// of the 2023 text takes ~140 ms in Node before the JIT warms up; an old office PC is slower).
// Requests: { id, text, options }; answers: { id, draft } | { id, error }.
import { type IngestOptions, ingestText } from './ingest'

self.onmessage = async (event: MessageEvent<{ id: number; text: string; options: IngestOptions }>) => {
  const { id, text, options } = event.data
  try {
    postMessage({ id, draft: await ingestText(text, options) })
  } catch (error) {
    postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
}
