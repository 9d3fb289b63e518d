import { useId, useRef, useState } from 'react'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'

type Props = {
  text: string
  onText: (text: string) => void
  onRead: () => void
  reading: boolean
  error: string | null
}

/** The text to read: pasted, or opened from a .txt (UTF-8 or GBK) or .docx file. */
export function TextInput({ text, onText, onRead, reading, error }: Props) {
  const { t } = useT(messages)
  const id = useId()
  const fileId = useId()
  const file = useRef<HTMLInputElement>(null)
  const [opened, setOpened] = useState<string | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const open = async (f: File | undefined) => {
    if (!f) return
    setFileError(null)
    try {
      const { readReportFile } = await import('@/lib/ingest/read-file')
      const read = await readReportFile(new Uint8Array(await f.arrayBuffer()), f.name)
      onText(read.text)
      setOpened(t('input.opened', { name: f.name, encoding: read.encoding.toUpperCase() }))
    } catch (e) {
      setOpened(null)
      setFileError(t('input.fileFailed', { reason: e instanceof Error ? e.message : String(e) }))
    }
  }
  return (
    <div className="card flex flex-col gap-2 p-3">
      <label htmlFor={`${id}-text`} className="font-semibold">
        {t('input.label')}
      </label>
      <textarea
        id={`${id}-text`}
        className="h-[50vh] min-h-40 w-full resize-y rounded border border-line bg-page p-2 font-mono text-fg text-sm leading-relaxed"
        placeholder={t('input.placeholder')}
        value={text}
        spellCheck={false}
        onChange={(e) => {
          setOpened(null)
          onText(e.target.value)
        }}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          const f = e.dataTransfer.files[0]
          if (!f) return
          e.preventDefault()
          void open(f)
        }}
      />
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <button
          type="button"
          className="btn border-accent bg-accent font-semibold text-accent-fg disabled:opacity-50"
          disabled={reading || !text.trim()}
          onClick={onRead}
        >
          {reading ? t('input.reading') : t('input.read')}
        </button>
        <button type="button" className="btn" onClick={() => file.current?.click()} data-picks-file={fileId}>
          {t('input.open')}
        </button>
        <input
          ref={file}
          id={fileId}
          type="file"
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            void open(e.target.files?.[0])
            e.target.value = ''
          }}
        />
        <span className="text-muted text-xs">{t('input.accepts')}</span>
        <span className="ml-auto text-muted text-xs">{t('input.chars', { count: text.length })}</span>
      </div>
      {opened && (
        <p role="status" className="text-sm">
          {opened}
        </p>
      )}
      {(error || fileError) && (
        <p role="alert" className="text-danger text-sm">
          {fileError ?? t('input.failed', { reason: error ?? '' })}
        </p>
      )}
    </div>
  )
}
