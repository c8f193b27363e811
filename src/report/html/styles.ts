/**
 * The report's stylesheet, inlined in every document (the Content-Security-Policy
 * allows inline styles and nothing else). Screen: a white page on a grey desk. Print:
 * A4 with margins, colours kept, tables and figures not split across pages, each
 * organisation (and each performance agreement sheet) starting on a new page.
 */
export const CSS = `
:root {
  --ink: #1c2632; --muted: #5b6673; --line: #d6dce4; --zebra: #f4f6f9; --accent: #1f4e79;
  --accent-soft: #e8eff7; --gold: #c9a227; --desk: #e9edf2;
}
* { box-sizing: border-box; }
html { background: var(--desk); }
body { margin: 0; color: var(--ink); font: 13px/1.45 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
.page { max-width: 1060px; margin: 24px auto; background: #fff; padding: 30px 40px 36px; box-shadow: 0 1px 4px rgba(20, 30, 45, .14); }
.title-block { display: flex; gap: 18px; align-items: center; padding-bottom: 14px; border-bottom: 4px solid var(--accent); position: relative; }
.title-block::after { content: ""; position: absolute; left: 0; right: 0; bottom: -9px; height: 2px; background: var(--gold); }
.emblem { flex: none; width: 54px; height: 62px; }
.title-text { flex: 1; min-width: 0; }
.eyebrow { margin: 0; color: var(--accent); font-size: 11.5px; font-weight: 700; letter-spacing: .08em; text-transform: uppercase; }
h1 { margin: 2px 0 2px; font-size: 23px; line-height: 1.2; }
.subtitle { margin: 0; color: var(--muted); }
.period { flex: none; text-align: right; color: var(--muted); font-size: 11.5px; }
.period strong { display: block; color: var(--ink); font-size: 19px; }
.notice { margin: 20px 0 0; padding: 8px 12px; border-left: 4px solid var(--gold); background: #fbf6e6; font-size: 12px; }
nav.toc { margin: 18px 0 0; font-size: 12px; }
nav.toc ol { margin: 4px 0 0; padding-left: 20px; columns: 2; }
nav.toc a, table a { color: var(--accent); text-decoration: none; }
table a:hover, nav.toc a:hover { text-decoration: underline; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px; margin: 16px 0 10px; }
.warning-notice { margin: 10px 0 14px; padding: 8px 12px; border-left: 4px solid #c0392b; background: #fdf1ef; color: #7a1f14; font-weight: 600; }
.card { border: 1px solid var(--line); border-top: 4px solid var(--accent); border-radius: 8px; padding: 9px 13px 10px; background: #fff; }
.card .label { color: var(--muted); font-size: 10.5px; font-weight: 600; letter-spacing: .05em; text-transform: uppercase; }
.card .value { margin-top: 2px; font-size: 22px; font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
.card .note { color: var(--muted); font-size: 11.5px; }
h2 { margin: 34px 0 4px; padding-bottom: 6px; border-bottom: 2px solid var(--accent); font-size: 19px; }
h2 .id { color: var(--muted); font-size: 12.5px; font-weight: 400; }
.org-meta { margin: 4px 0 0; color: var(--muted); font-size: 12px; }
h3 { margin: 24px 0 8px; color: var(--accent); font-size: 15px; }
h3 .num-label { display: inline-block; min-width: 34px; color: var(--muted); font-weight: 600; }
h4 { margin: 16px 0 6px; font-size: 13px; }
table { width: 100%; margin: 6px 0 14px; border-collapse: collapse; font-size: 12px; }
table.fixed { table-layout: fixed; }
table.fixed td:not(.num) { overflow-wrap: anywhere; }
thead th { padding: 6px 8px; background: var(--accent); color: #fff; font-weight: 600; text-align: left; vertical-align: bottom; }
thead tr.sub th { background: #2f6396; font-size: 11px; }
td { padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
tbody tr:nth-child(even) td { background: var(--zebra); }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
td.center, th.center { text-align: center; }
tr.node-row td { background: var(--accent-soft) !important; font-weight: 600; }
tr.total td { border-top: 2px solid var(--ink); background: #fff !important; font-weight: 700; }
tr.flag td { background: #fdf0e6 !important; }
.ind-name { display: block; }
.ind-id { display: block; }
.ind-id .unit { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
.ind-id, .code { color: var(--muted); font-size: 10.5px; font-family: "DejaVu Sans Mono", Consolas, monospace; }
.tag-key { display: inline-block; margin-left: 5px; padding: 0 5px; border-radius: 3px; background: var(--accent); color: #fff; font-size: 9.5px; font-weight: 700; letter-spacing: .04em; vertical-align: 1px; }
.revision { display: block; color: var(--muted); font-size: 10.5px; font-style: italic; }
.notes { margin: 6px 0 14px; }
.note-block { break-inside: avoid; border-left: 3px solid var(--accent-soft); padding: 2px 0 2px 12px; margin: 0 0 12px; }
.note-block h4 { margin: 4px 0; }
.note-block .note-period { margin: 6px 0 2px; font-weight: 600; font-size: 12px; color: var(--muted); }
.note-block dl { display: grid; grid-template-columns: 84px 1fr; gap: 2px 10px; margin: 0; }
.note-block dt { font-weight: 600; }
.note-block dd { margin: 0; }
.note-block ul.evidence { margin: 2px 0; padding-left: 18px; }
.note-block a { color: var(--accent); overflow-wrap: anywhere; }
.amended { font-weight: 600; border-left: 3px solid var(--accent); padding-left: 8px; }
.was { display: block; color: var(--muted); font-size: 10px; }
.kind-tag { color: var(--muted); font-size: 10px; font-weight: 600; letter-spacing: .05em; text-transform: uppercase; margin-right: 4px; }
.d1 { padding-left: 22px !important; } .d2 { padding-left: 36px !important; } .d3 { padding-left: 50px !important; } .d4 { padding-left: 64px !important; }
.chip { display: inline-block; max-width: 100%; box-sizing: border-box; padding: 1px 8px; border-radius: 10px; font-size: 11px; font-weight: 600; line-height: 1.35; }
.chip.plain { background: #eef0f3; color: #3b4551; }
.muted { color: var(--muted); }
.small { font-size: 11px; }
.legend-row { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 10px 0 0; font-size: 12px; }
.legend-row .title { font-weight: 600; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 5px; border-radius: 3px; vertical-align: -2px; }
figure.chart { margin: 8px 0 18px; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figure.chart svg.bars, figure.chart svg.strip, figure.chart svg.trend { width: 100%; }
figure.tree-figure { overflow-x: auto; }
figure.tree-figure svg { margin: 0 auto; }
table.summary { width: auto; min-width: 55%; }
figcaption { margin-top: 4px; color: var(--muted); font-size: 11px; }
svg text { fill: var(--ink); font-size: 11px; font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
svg .grid { stroke: #e4e8ee; stroke-width: 1; }
svg .tick { fill: var(--muted); font-size: 10px; }
svg .reference { stroke: #2b3440; stroke-width: 1; stroke-dasharray: 4 3; }
svg .expected { stroke: #1c2632; stroke-width: 3; }
svg .series { fill: none; stroke-width: 2.2; }
svg .dashed { stroke-dasharray: 6 4; stroke-width: 1.8; }
svg .missing { fill: var(--muted); font-style: italic; }
svg .value { font-weight: 600; }
svg .value.small { font-size: 10px; }
svg .strip { fill: #fff; font-weight: 700; }
svg .legend { font-size: 10.5px; }
svg.spark { display: block; }
svg.tree .edge { fill: none; stroke: #8a97a8; stroke-width: 1.4; }
svg.tree .crosscut { fill: none; stroke: #1f4e79; stroke-width: 1.6; stroke-dasharray: 2 4; stroke-linecap: round; }
ul.crosscutting { margin: 4px 0 12px; padding-left: 18px; font-size: 12px; }
svg.tree .tkind { fill: var(--muted); font-size: 9px; font-weight: 600; letter-spacing: .05em; }
svg.tree .tname { font-size: 11px; font-weight: 600; }
svg.tree .towner { fill: var(--muted); font-size: 9.5px; }
svg.tree .tvalue { font-size: 10.5px; font-weight: 700; }
svg.tree .external rect { stroke-dasharray: 5 3; }
.note { color: var(--muted); font-size: 11.5px; }
.empty { padding: 10px 12px; border: 1px dashed var(--line); color: var(--muted); font-style: italic; }
.literal { white-space: pre-wrap; }
.provenance { margin: 18px 0 0; color: var(--muted); font: 8pt Arial, "Liberation Sans", sans-serif; overflow-wrap: anywhere; }
footer { margin-top: 34px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--muted); font-size: 11px; display: flex; justify-content: space-between; }
.findings td:first-child, .findings .code { white-space: nowrap; }

/* ---------------------------------------------------------------- agreements */
.sheet { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 12pt; line-height: 1.5; }
.sheets { margin-top: 26px; }
.sheet { margin-top: 28px; padding-top: 28px; border-top: 3px double var(--line); }
.sheet .doc-head { text-align: center; margin-bottom: 18px; }
.sheet .doc-head .emblem { display: block; margin: 0 auto 6px; }
.sheet .doc-head h2 { border: 0; margin: 4px 0 0; padding: 0; font-size: 15pt; letter-spacing: .04em; text-transform: uppercase; }
.sheet .doc-head p { margin: 0; text-align: center; font-size: 12.5pt; font-weight: 700; text-transform: uppercase; }
.sheet p { margin: 0 0 10px; text-align: justify; }
.sheet table.parties { width: auto; margin: 4px 0 8px 24px; font-size: 12pt; }
.sheet table.parties td { padding: 1px 6px; border: 0; background: none !important; }
.sheet .signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; margin-top: 26px; text-align: center; break-inside: avoid; }
.sheet .signatures .place { grid-column: 2; }
.sheet .signatures .sign-space { height: 72px; }
.sheet .signatures .name { font-weight: 700; text-decoration: underline; }
.sheet table.formal { font-size: 11pt; }
.sheet table.formal th { background: #e9e9e9; color: #000; border: 1px solid #444; text-align: center; vertical-align: middle; }
.sheet table.formal td { border: 1px solid #444; background: none !important; }
.sheet .appendix { break-before: page; margin-top: 30px; }
.sheet .appendix h3 { color: #000; text-align: center; text-transform: uppercase; font-size: 12.5pt; margin: 0 0 4px; }
.sheet .appendix h4 { font-size: 12pt; margin: 18px 0 6px; }
.sheet .draft { padding: 6px 10px; border: 2px dashed #c0392b; color: #c0392b; font-family: Arial, "Liberation Sans", sans-serif; font-size: 10.5pt; text-align: center; margin-bottom: 12px; }

@page { size: A4; margin: 16mm 14mm 18mm; }
/* Form E.81: a wide table, printed on A4 landscape (a named page for this kind only). */
@page e81 { size: A4 landscape; margin: 12mm 10mm 14mm; }
body.report-e81 { page: e81; }
body.report-e81 .page { max-width: 1500px; }
table.e81 { font-size: 7.5pt; border-collapse: collapse; width: 100%; table-layout: fixed; }
table.e81 th, table.e81 td { border: 1px solid #888; padding: 2px 3px; vertical-align: top; overflow-wrap: anywhere; }
table.e81 th { text-align: center; vertical-align: middle; font-weight: 600; }
table.e81 td.num { text-align: right; white-space: normal; }
@media print { table.e81 { font-size: 6.5pt; } }
table.e81 tr.goal td { font-weight: 700; }
table.e81 tr.closing td { background: #f4f5f7; }
table.e81 .analyst { color: #777; font-style: italic; }
@media print {
  html { background: #fff; }
  body { font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  nav.toc { display: none; }
  .cards { grid-template-columns: repeat(4, 1fr); }
  .card .value { font-size: 17px; }
  h2, h3, h4 { break-after: avoid; }
  tr, figure, .card, .legend-row { break-inside: avoid; }
  thead { display: table-header-group; }
  section.org { break-before: page; }
  .sheet { break-before: page; }
  .sheet:first-of-type { break-before: auto; }
  .sheets, .sheet { margin-top: 0; padding-top: 0; border-top: 0; }
  figure.tree-figure { overflow: visible; }
  footer { display: none; }
}
`;
