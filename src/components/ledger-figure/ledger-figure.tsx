import { SourceButton } from '@/components/source-button'
import { useT } from '@/lib/i18n'
import { FigureLayout, type FigureLayoutProps } from '../figure-layout'
import { ledgerFigureMessages } from './i18n'

/** Where a ledger figure comes from: the file, sheet, row and column as the user finds them in Excel. */
export type LedgerSource = {
  file: string
  sheet?: string | undefined
  row: number
  /** The column's heading as the file writes it (年度计划投资, 1-6月完成投资). */
  column?: string | undefined
  asOf: string
}

type Props = FigureLayoutProps & {
  value: number // 万元
  label: string
  source: LedgerSource
}

/**
 * A figure from the county's ledger, in 万元, whose button says which file, sheet, row and column it was
 * read from and as of when: the ledger's counterpart of FactFigure's quote.
 */
export function LedgerFigure({ value, label, source, ...layout }: Props) {
  const { t } = useT(ledgerFigureMessages)
  const place = [source.file, source.sheet, t('row', { row: source.row }), source.column].filter(Boolean)
  return (
    <FigureLayout
      {...layout}
      value={value}
      unit="万元"
      format={{}}
      marks={
        <SourceButton
          id={`ledger-${source.row}`}
          label={label}
          glyph="▦"
          detailIsSource
          detail={
            <span className="flex flex-col gap-1">
              <span className="font-semibold">{t('source')}</span>
              <span>{place.join(' · ')}</span>
              <span className="text-muted">{t('asOf', { asOf: source.asOf })}</span>
            </span>
          }
        />
      }
    />
  )
}
