import { type DragEvent, useId, useRef, useState } from 'react'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { importMessages } from './i18n'

type Props = {
  /** What the file input accepts, e.g. ".csv,.xlsx,.xls,.txt". */
  accept: string
  /** The same for people: "CSV (UTF-8 或 GBK)、Excel (.xlsx)". */
  types: string
  onFile: (file: File) => void
  disabled?: boolean
  className?: string
  /**
   * Start the spreadsheet reader (SheetJS in a worker, ~140 kB gzip) when the user points at the
   * picker, focuses it or drags a file in, so the preview comes sooner. Off for a file that is not a
   * spreadsheet (a JSON backup).
   */
  warm?: boolean
}

/** Starts the reading worker ahead of a file (once; a failure is the import's to report later). */
export function prewarmImport(): void {
  void import('@/lib/imports/client').then((m) => m.prewarmImportWorker()).catch(() => {})
}

/** A file picker that also takes a dropped file; keyboard users reach the button. */
export function FileDrop({ accept, types, onFile, disabled, className, warm = true }: Props) {
  const prewarm = warm ? prewarmImport : undefined
  const { t } = useT(importMessages)
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const hintId = useId()
  const inputId = useId()
  const take = (files: FileList | null) => {
    const file = files?.[0]
    if (file && !disabled) onFile(file)
  }
  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    setOver(false)
    take(e.dataTransfer.files)
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the button is the way for everyone
    <section
      aria-describedby={hintId}
      onPointerEnter={prewarm}
      onFocus={prewarm}
      onDragEnter={prewarm}
      onDragOver={(e) => {
        e.preventDefault()
        if (!disabled) setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-file-drop=""
      className={cx(
        'flex flex-wrap items-center justify-center gap-2 rounded-lg border-2 border-dashed p-4 text-sm',
        over ? 'border-accent bg-warn-bg' : 'border-line',
        className,
      )}
    >
      <span>{t('drop.title')}</span>
      <button
        type="button"
        className="btn"
        disabled={disabled}
        onClick={() => input.current?.click()}
        data-picks-file={inputId}
      >
        {t('drop.choose')}
      </button>
      <span id={hintId} className="text-muted text-xs">
        {t('drop.accepts', { types })}
      </span>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={accept}
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          take(e.target.files)
          e.target.value = '' // the same file chosen again is a new import
        }}
      />
    </section>
  )
}
