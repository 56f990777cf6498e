// The report page's own styles: chart text, the heat-map table, and an A4 print layout.
export const reportStyle = `
.chart{width:100%;height:auto;display:block;max-width:760px}
.chart text{font:13px system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;fill:#1a1a1a}
.chart text.on{fill:#fff}
.summary li{margin:4px 0;font-size:17px}
.figures{color:#333;margin:2px 0 8px}
.heat td,.heat th{text-align:center;padding:4px;font-size:13px;border:1px solid #e4ded3}
.heat th[scope=row]{text-align:left}
.h0{background:#fff}.h1{background:#fbe4e4}.h2{background:#f3b9b9}.h3{background:#e07f7f}.h4{background:#b52a2a;color:#fff}
.scroll{overflow-x:auto}
.answers li{margin:4px 0;white-space:pre-wrap}
@page{size:A4;margin:14mm}
@media print{body{background:#fff;font-size:12px}main{max-width:none;padding:0}section{break-inside:avoid;border:0;padding:0 0 8px}.scroll{overflow:visible}a{color:#1a1a1a;text-decoration:none}}
`.replace(/\n/g, '');
