// .docx → plain text through mammoth (loaded only when a .docx arrives). Paragraphs become lines,
// which is what the reader expects; tables come out as one cell per paragraph.

type Mammoth = {
  extractRawText: (
    input: { arrayBuffer: ArrayBuffer } | { buffer: Uint8Array },
  ) => Promise<{ value: string; messages: { message: string }[] }>
}

export async function readDocxText(
  data: ArrayBuffer | Uint8Array,
): Promise<{ text: string; messages: string[] }> {
  const mammoth =
    ((await import('mammoth')) as unknown as { default?: Mammoth } & Mammoth).default ??
    ((await import('mammoth')) as unknown as Mammoth)
  const input = data instanceof ArrayBuffer ? { arrayBuffer: data } : { buffer: data }
  const result = await mammoth.extractRawText(input)
  // mammoth separates paragraphs with a blank line; a report reads one paragraph per line.
  return {
    text: result.value.replace(/\n{2,}/g, '\n').trim(),
    messages: result.messages.map((m) => m.message),
  }
}
