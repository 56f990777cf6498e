// The report page's own styles: chart text, the unit x topic matrix, and an A4 print layout whose
// heading (title, filter, print date) repeats on every page, numbered at the foot.
import { printFrameStyle } from './print-frame.js';

export const reportStyle = `
.chart{display:block;width:100%;max-width:760px;overflow:visible;margin:4px 0 6px}
.chart text{font:14px system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;fill:#1a1a1a}
.chart text.note{font-weight:700}
.chart text.zero{font-weight:400;fill:#555}
.chart text.detail{font-size:13px;fill:#444}
.chart text.head{font-weight:700}
.chart text.on{fill:#fff;font-weight:700}
.heatmap{max-width:560px}
.summary{padding-left:1.2em}
.summary li{margin:6px 0;font-size:17px;line-height:1.6}
.figures{color:#333;margin:2px 0 8px}
.heat{width:auto;border-collapse:collapse}
.heat td,.heat th{text-align:center;padding:4px 6px;font-size:13px;border:1px solid #e4ded3;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.heat thead th{writing-mode:vertical-rl;white-space:nowrap;vertical-align:bottom;text-align:left;padding:8px 4px;line-height:1.3}
.heat thead th:first-child{writing-mode:horizontal-tb;text-align:left}
.heat th[scope=row]{text-align:left;white-space:nowrap;position:sticky;left:0;background:#fff;z-index:1}
.heat td{min-width:2.4em}
.heat tfoot th,.heat tfoot td{font-weight:700;background:#f6f3ee}
.scroll-hint{font-size:14px;color:#555;margin:0 0 4px}
.scope{display:inline-block;background:#fdf0d5;border:1px solid #e0c27a;border-radius:4px;padding:2px 8px;font-size:15px}
.writeins{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.writeins li{background:#f2efe9;border-radius:4px;padding:2px 8px}
.h0{background:#fff}.h1{background:#fbe4e4}.h2{background:#f3b9b9}.h3{background:#e07f7f}.h4{background:#b52a2a;color:#fff;font-weight:700}
.answers li{margin:4px 0;white-space:pre-wrap}
@media print{
body{background:#fff;font-size:12px}
main{max-width:none;padding:0}
h1{font-size:20px;margin:0 0 8px}
h2{font-size:15px;break-after:avoid}
.report-body{columns:2;column-gap:8mm}
.report-body>h1,.report-body>p,.report-body>section.wide{column-span:all}
section{border:0;padding:0;margin:0 0 12px;break-inside:avoid}
.figures,h3{break-after:avoid}
.chart{max-width:none;break-inside:avoid}
.chart text{font-size:12px}
.chart text.detail{font-size:11px}
.summary li{font-size:13px;margin:3px 0}
.heat td,.heat th{font-size:10px;padding:2px 3px}
.heat th[scope=row]{position:static}
.heat tr{break-inside:avoid}
.heat thead{display:table-header-group}
.scroll-hint{display:none}
a{color:#1a1a1a;text-decoration:none}
}
`.replace(/\n/g, '') + printFrameStyle;
