// The programme pages' extra styles: the A4 QR sheet (several codes per page, the unit name under each) and boards.
export const programmeStyle = `
.qr-sheet{display:grid;grid-template-columns:repeat(3,1fr);gap:8mm}
.qr-card{border:1px dashed #999;border-radius:6px;padding:4mm;text-align:center;break-inside:avoid;page-break-inside:avoid}
.qr-card svg{width:45mm;height:45mm;display:block;margin:0 auto}
.qr-card p{margin:2mm 0 0;font-size:12pt;font-weight:700}
.qr-card small{display:block;font-size:8pt;word-break:break-all;color:#333}
.topic-pick{border:1px solid #e4ded3;border-radius:8px;padding:8px 10px;margin:8px 0}
.topic-pick p{margin:4px 0}
a.schedule-pick{display:inline-block;min-height:44px;line-height:44px;padding:0 10px;font-weight:700}
.split{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:16px}
@media (max-width:760px){.split{grid-template-columns:1fr}}
textarea.reminder{min-height:180px;font-family:inherit;font-size:15px}
@media print{header,.no-print{display:none}body{background:#fff}main{max-width:none;padding:0}section{border:0;padding:0}}
@page{size:A4;margin:12mm}
`.replace(/\n/g, '');
