import { memo } from 'react'
import { useDraft } from './use-draft'

type Props = {
  label: string
  placeholder: string
  value: string
  /** Called with the text when the user presses Enter or leaves the field (and while typing, debounced). */
  onCommit: (value: string) => void
}

/**
 * The text search of a project list (the report's, or the ledger joined with it). Re-rendered only
 * when its props change (pass a stable onCommit, e.g. from useLatest): React writes a field's type
 * and name again on every render of it, and a filter change elsewhere must not restyle the field.
 */
export const SearchField = memo(function SearchField({ label, placeholder, value, onCommit }: Props) {
  const { draft, setDraft, flush } = useDraft(value, onCommit)
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <input
        type="search"
        className="rounded border border-line bg-card px-2 py-1"
        placeholder={placeholder}
        maxLength={100}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && flush()}
        onBlur={flush}
      />
    </label>
  )
})
