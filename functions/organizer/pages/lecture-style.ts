// The programme pages' styles: the month calendar, score cells, the big feedback QR code, and the A4
// print frame whose header (title, range, date) repeats on every page, with page numbers below.
import { printFrameStyle } from './print-frame.js';

export const lectureStyle = `
.tabs{display:flex;flex-wrap:wrap;gap:8px;margin:0 0 12px}
.tabs a{display:inline-block;min-height:44px;padding:10px 14px;border:1px solid #8a8275;border-radius:8px;color:#1a1a1a;text-decoration:none}
.tabs a[aria-current=page]{background:#a61b1b;border-color:#a61b1b;color:#fff}
.links a{display:inline-block;min-height:44px;padding:10px 0;margin-right:16px;color:#1d4ed8}
.links button{margin:0 16px 0 0}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.cal{display:grid;grid-template-columns:repeat(7,1fr);gap:4px}
.cal .dow{font-weight:700;text-align:center;padding:4px}
.cal .day{background:#fff;border:1px solid #e4ded3;border-radius:6px;min-height:84px;padding:4px 6px;font-size:14px}
.cal .day.out{background:transparent;border-color:transparent}
.cal .day b{display:block;color:#555;font-weight:400}
.cal .day a{display:block;margin:2px 0;color:#1d4ed8;min-height:24px}
.cal .cancelled{text-decoration:line-through;color:#555}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:10px;margin:0 0 18px}
.kpi{background:#fff;border:1px solid #d9d2c5;border-radius:10px;padding:10px 14px}
.kpi strong{display:block;font-size:28px;color:#7a1414}
.facts{display:grid;grid-template-columns:auto 1fr;gap:4px 14px;margin:0}
.facts dt{color:#555}
.facts dd{margin:0;font-weight:600}
.bigqr svg{width:min(80vw,360px);height:auto;display:block}
.screen{height:100vh;height:100dvh;display:grid;grid-template-rows:auto auto minmax(0,1fr) auto auto;justify-items:center;align-items:center;gap:1vh;padding:2vh 3vw;text-align:center;background:#fff;overflow:hidden}
.screen h1{font-size:clamp(22px,4.2vh,48px);line-height:1.25;margin:0;max-width:94vw}
.screen .who{font-size:clamp(16px,2.6vh,30px);margin:0;color:#333}
.screen .bigqr{height:100%;min-height:0;display:flex;justify-content:center;align-items:center}
.screen .bigqr svg{height:100%;width:auto;max-width:94vw;display:block}
.screen .share-url{font-size:clamp(16px,3vh,34px);margin:0;max-width:94vw;font-weight:700}
.screen .scan{font-size:clamp(15px,2.4vh,28px);margin:0}
.screen.two{grid-template-rows:auto auto minmax(0,1fr)}
.screen .pair{display:grid;grid-template-columns:1fr 1fr;gap:3vw;width:100%;height:100%;min-height:0}
.screen .code{margin:0;display:grid;grid-template-rows:auto minmax(0,1fr) auto;justify-items:center;align-items:center;gap:1vh;min-height:0;min-width:0}
.screen .code .bigqr svg{max-width:44vw}
.screen .code .share-url{font-size:clamp(13px,2.2vh,26px);max-width:44vw;overflow-wrap:anywhere}
.screen .code .scan{font-size:clamp(18px,3.2vh,36px);font-weight:700}
.sheet .district{font-size:20px;letter-spacing:.1em;margin:0}
.sheet .bigqr svg{width:min(90vw,60vh)}
.bar{display:block;height:10px;background:#a61b1b;border-radius:4px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.suggestion{border-top:1px solid #e4ded3;padding:8px 0}
.suggestion p{margin:2px 0;white-space:pre-wrap}
.record-photos{list-style:none;padding:0;margin:0 0 12px;display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:10px}
.record-photos li{display:flex;flex-direction:column;gap:4px;min-width:0}
.record-photos img{width:100%;height:auto;aspect-ratio:4/3;object-fit:cover;border-radius:6px;background:#eee;display:block}
.record-name{font-size:14px;overflow-wrap:anywhere}
.record-files{padding-left:20px}
.record-files li{margin:6px 0;overflow-wrap:anywhere}
.record-files a{display:inline-block;min-height:44px;padding:10px 0}
.inline-form{display:inline;margin-left:8px}
.upload{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:0 0 12px}
.upload input[type=file]{max-width:100%;min-height:44px}
.record-summary{white-space:pre-wrap}
@media (max-width:640px){.cal{display:block}.cal .dow,.cal .day.out,.cal .day.empty{display:none}.cal .day{min-height:0;margin:0 0 4px}}
.field-err{background:#fdecec;border:1px solid #b00020;color:#7a0014;border-radius:6px;padding:4px 8px;margin:6px 0}
.assignment.declined{background:#fdecec;border-left:4px solid #b00020;padding:8px 12px}
@media print{body{background:#fff;font-size:12px}main{max-width:none;padding:0}section{break-inside:avoid;border:0;padding:0}.tabs,.links,.filters{display:none}.sheet{break-inside:avoid}.sheet .bigqr svg{width:120mm}tr{break-inside:avoid}}
`.replace(/\n/g, '') + printFrameStyle;
