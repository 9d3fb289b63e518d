// What a browser with JavaScript off shows above the prerendered Overview. index.html's own
// <noscript> says the app cannot run at all (right for the single-file build, which has no prerender);
// a served build does show the Overview's numbers without JavaScript, so this replaces it there with a
// strip that says what does not work, above the numbers, hiding none of them. Plain HTML with inline
// styles, written in at build time (no script runs to read a catalog, no stylesheet may be needed),
// in both languages since the reader's choice is unknown without script.

const NOSCRIPT = /<noscript>[\s\S]*?<\/noscript>/

const STRIP =
  'margin: 0; padding: 0.5rem 1rem; border-bottom: 2px solid #92400e; background: #fef3c7; color: #111827; font: 15px/1.5 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif'

export const PRERENDERED_NOSCRIPT = `<noscript>
      <div role="note" style='${STRIP}'>
        <p style="margin: 0"><strong>JavaScript 未启用：</strong>下面是报告的主要数字（随页面一起生成，可以阅读和打印）。筛选、图表、其他页面、演示和导出需要浏览器运行 JavaScript：请在浏览器设置中允许本页面运行 JavaScript 后刷新。</p>
        <p lang="en" style="margin: 0"><strong>JavaScript is off:</strong> below are the report's headline figures (built into the page: read and print them as they are). Filters, charts, the other screens, the presentation and exports need JavaScript: allow it for this page in the browser's settings and reload.</p>
      </div>
    </noscript>`

/** index.html with its app-cannot-run <noscript> replaced by the strip above the prerendered numbers. */
export function withPrerenderedNoscript(html: string): string {
  if (!NOSCRIPT.test(html)) throw new Error('prerender: index.html has no <noscript> to replace')
  return html.replace(NOSCRIPT, PRERENDERED_NOSCRIPT)
}
