/**
 * What a file picker for imports offers: every spreadsheet and text form ./read-table.ts reads. A module
 * of its own, so a screen that shows a picker does not pull in the readers (SheetJS) with it.
 */
export const IMPORT_ACCEPT = '.xlsx,.xlsm,.xlsb,.xls,.et,.ods,.csv,.tsv,.txt'
