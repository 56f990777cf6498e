// The study plan's pages: facts, problems beside fields, flagged months, the QR code, and A4 print.
import { printFrameStyle } from './print-frame.js';

export const studyPlanStyle =
  '.facts{display:grid;grid-template-columns:auto 1fr;gap:4px 14px;margin:0}.facts dt{color:#555}.facts dd{margin:0;font-weight:600}' +
  '.field-err{background:#fdecec;border:1px solid #b00020;color:#7a0014;border-radius:6px;padding:4px 8px;margin:6px 0;list-style:none}' +
  '.flag{color:#8a1c00;font-weight:600}.flag::before{content:"⚠ "}tr.flagged th,tr.flagged td{background:#fff4e5}' +
  '.bigqr svg{width:min(70vw,300px);height:auto;display:block}' +
  'textarea{width:100%;box-sizing:border-box}@media (min-width:700px){table.data thead th{white-space:nowrap}}' +
  printFrameStyle;
