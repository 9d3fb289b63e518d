import { useEffect, useMemo, useState } from 'react'
import { Link } from 'wouter'
import { Notice, ParamNotice } from '@/components/notice'
import { quoteIndex } from '@/lib/dataset/facts'
import type { Report, Section } from '@/lib/dataset/schema'
import { clip } from '@/lib/format/clip'
import { readsSource, useT } from '@/lib/i18n'
import { langTag } from '@/lib/i18n/languages'
import { useSearchHeld } from '@/lib/routes/hash-location'
import { sourceSpec } from '@/lib/routes/specs'
import { useSearchState } from '@/lib/routes/use-search-state'
import { messages } from '../i18n'
import { checkText } from '../model/checks'
import { span } from '../model/pieces'
import { findMatches, MAX_HITS, stepMatch } from '../model/search'
import { headingRanges, locateQuote, type Paragraph, paragraphsOf, splitSections } from '../model/sections'
import { blocksOf, ParagraphBlock } from './paragraph-block'
import { SearchBar } from './search-bar'
import { SectionSide } from './section-side'
import { TextNotices } from './text-notices'
import { Toc } from './toc'
import { useScrollTargets } from './use-scroll-targets'

export function SourceView({ report, text }: { report: Report; text: string }) {
  const { t, lang } = useT(messages)
  const { values, rejected, update, href } = useSearchState(sourceSpec)
  const { truncation } = report.plan
  const parts = useMemo(() => splitSections(text, report.sections), [text, report.sections])
  // A text in which no heading is found is still shown, whole, rather than as an empty card.
  const shown = useMemo(
    () =>
      (parts.length > 0
        ? parts
        : [{ section: null, start: 0, end: text.length, paragraphs: paragraphsOf(text, 0, text.length) }]
      ).map((part) => ({ section: part.section, blocks: blocksOf(part.paragraphs) })),
    [parts, text],
  )
  const check = useMemo(() => checkText(report, text, parts), [report, text, parts])
  const index = useMemo(() => quoteIndex(report), [report])
  const strong = useMemo(() => headingRanges(text, parts), [text, parts])
  const item = values.hl ? index.get(values.hl) : undefined
  const hl = useMemo(
    () => (item ? locateQuote(text, parts, item.quote, item.sectionId) : null),
    [text, parts, item],
  )
  // The banner is in its slot (or there is none to wait for): the slot no longer needs keeping free.
  // Not while the link's query is still on its way (a hydrated screen): its highlight is coming.
  const banner = Boolean(item && hl)
  const held = useSearchHeld()
  useEffect(() => {
    if (banner || (!values.hl && !held)) document.documentElement.removeAttribute('data-hl')
  }, [banner, values.hl, held])
  const hits = useMemo(() => findMatches(text, values.q), [text, values.q])
  const [current, setCurrent] = useState({ q: values.q, n: 0 })
  // A new query starts again at its first match.
  const n = current.q === values.q ? Math.min(current.n, Math.max(0, hits.length - 1)) : 0
  const known = parts.some((p) => p.section.id === values.sec) ? values.sec : ''
  const step = useScrollTargets({ hl: hl ? values.hl : '', sec: known, q: values.q })

  const onStep = (delta: number) => {
    const next = stepMatch(n, delta, hits.length)
    setCurrent({ q: values.q, n: next })
    step(next)
  }
  const block = (paragraphs: Paragraph[]) => {
    const first = paragraphs[0]
    const last = paragraphs.at(-1)
    if (!first || !last) return null
    const [from, to] = span(hits, first.start, last.start + last.text.length)
    return (
      <ParagraphBlock
        key={first.start}
        paragraphs={paragraphs}
        hl={hl && hl.end > first.start && hl.start < last.start + last.text.length ? hl : null}
        hlId={values.hl}
        hits={hits}
        from={from}
        to={to}
        current={n >= from && n < to ? n : -1}
        strong={strong}
      />
    )
  }

  return (
    <div className="screen-col flex flex-col gap-3">
      <header className="flex flex-col gap-1">
        <h1 className="font-bold text-xl">
          {t('title')} · {report.title[lang]}
        </h1>
        {(truncation || report.textNote) && (
          <p className="text-muted text-sm">
            {truncation &&
              t('note.truncation', { note: truncation.note[lang], lastWords: truncation.lastWords })}{' '}
            {report.textNote?.[lang]}
          </p>
        )}
      </header>
      <ParamNotice rejected={rejected} />
      <TextNotices check={check} sections={report.sections.length} />
      {values.hl && !item && <Notice>{t('highlight.notFound', { id: clip(values.hl) })}</Notice>}
      {item && !hl && <Notice>{t('highlight.missing', { label: item.label[lang] })}</Notice>}
      <div className="grid gap-4 lg:grid-cols-[15rem_minmax(0,1fr)] 2xl:grid-cols-[15rem_minmax(0,1fr)_24rem]">
        <aside className="lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:self-start lg:overflow-y-auto">
          {/* Only the sections found in the text: a contents link that leads nowhere helps no one. */}
          <Toc sections={parts.map((p) => p.section)} active={known} hrefOf={(id) => href({ sec: id })} />
        </aside>
        <div className="flex min-w-0 flex-col gap-3">
          {/* Sticky, so the banner saying what is highlighted stays in sight beside the passage. */}
          <div className="sticky top-0 z-10 flex flex-col gap-2 border-line border-b bg-page py-2">
            {/* The banner's slot: a prerendered Source opened to highlight keeps it free (styles.css). */}
            <div data-hl-slot="">
              {item && hl && (
                <div
                  role="status"
                  className="notice notice-info flex flex-wrap items-center justify-between gap-2 rounded px-3 py-2 text-sm"
                >
                  <span>{t('highlight.banner', { label: item.label[lang] })}</span>
                  <Link href={href({ hl: '' })} className="link">
                    {t('highlight.clear')}
                  </Link>
                </div>
              )}
            </div>
            <SearchBar
              query={values.q}
              count={hits.length}
              capped={hits.length >= MAX_HITS}
              current={n}
              onQuery={(q) => update({ q }, { replace: true })}
              onStep={onStep}
            />
          </div>
          <article
            aria-label={t('text.label')}
            lang="zh-CN"
            className="source-text card flex flex-col gap-2 p-4"
          >
            {shown.map((part) =>
              part.section ? (
                <section key={part.section.id} id={`sec-${part.section.id}`} className="scroll-mt-28">
                  <SectionTitle section={part.section} />
                  {part.blocks.map(block)}
                </section>
              ) : (
                <section key="whole">{part.blocks.map(block)}</section>
              ),
            )}
          </article>
        </div>
        <aside className="hidden 2xl:sticky 2xl:top-2 2xl:block 2xl:max-h-[calc(100vh-1rem)] 2xl:self-start 2xl:overflow-y-auto">
          <SectionSide
            report={report}
            sections={parts.map((p) => p.section)}
            active={known || (hl ? (item?.sectionId ?? '') : '')}
            sectionHref={(id) => href({ sec: id })}
            highlightHref={(id) => href({ hl: id })}
          />
        </aside>
      </div>
    </div>
  )
}

function SectionTitle({ section }: { section: Section }) {
  const { lang } = useT(messages)
  return (
    <h2
      tabIndex={-1}
      lang={langTag(lang)}
      className={
        readsSource(lang)
          ? 'sr-only' // the text's own bold heading line says it in the reader's language
          : 'mt-2 font-semibold text-muted text-sm'
      }
    >
      {section.title[lang]}
    </h2>
  )
}
