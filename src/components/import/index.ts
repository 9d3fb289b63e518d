// Shared pieces of every import (monitoring actuals, project ledgers): the file picker with drag and
// drop, and the preview that names every row not taken. Reading the file is src/lib/imports/client.ts.
export { FileDrop, prewarmImport } from './file-drop'
export { importMessages } from './i18n'
export { ImportPreview } from './import-preview'
export { issuePlace, issueReason } from './issue-text'
