// The dashboard's one stylesheet, inlined and hashed into the CSP. Contrast at least 4.5:1 throughout.
export const dashboardStyle = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#f6f4f0}
header{background:#a61b1b;color:#fff;padding:10px 16px;display:flex;flex-wrap:wrap;gap:8px 18px;align-items:center}
header a,header button{color:#fff;font:inherit}
header nav{display:flex;flex-wrap:wrap;gap:14px;flex:1}
header form{margin:0}
header button{background:none;border:1px solid #fff;border-radius:6px;padding:4px 10px;cursor:pointer}
main{max-width:1000px;margin:0 auto;padding:16px}
h1{font-size:24px;margin:8px 0 16px}
h2{font-size:19px;margin:0 0 10px;color:#7a1414}
section,fieldset.box{background:#fff;border:1px solid #d9d2c5;border-radius:10px;padding:14px 16px;margin:0 0 18px}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:8px 6px;border-bottom:1px solid #e4ded3;vertical-align:top}
th{font-weight:700;color:#333}
label{display:block;font-weight:600;margin:10px 0 4px}
label.inline{display:flex;gap:8px;align-items:center;font-weight:400}
input[type=text],input[type=tel],input[type=email],input[type=password],input[type=number],input[type=datetime-local],select,textarea{width:100%;font:inherit;padding:8px 10px;border:2px solid #8a8275;border-radius:8px;background:#fff;color:#1a1a1a}
textarea{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:14px;min-height:420px}
button,.button{display:inline-block;font:inherit;font-weight:700;padding:8px 16px;margin-top:10px;border:0;border-radius:8px;background:#a61b1b;color:#fff;cursor:pointer;text-decoration:none}
button.secondary{background:#4a4a4a}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.status{display:inline-block;padding:1px 8px;border-radius:10px;font-size:14px;background:#eee;color:#1a1a1a}
.status.published{background:#dff3e4;color:#0b5323}
.status.closed{background:#e8e8e8;color:#333}
.notice{background:#e7f1ff;border:1px solid #8fb3e8;padding:10px 14px;border-radius:8px}
.problems{background:#fdecec;border:1px solid #b00020;color:#7a0014;padding:10px 14px;border-radius:8px}
.qr svg{width:240px;height:240px;display:block}
.share-url{font-size:18px;word-break:break-all}
.help{color:#444;font-size:14px;margin:4px 0}
.row{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:0 14px}
.muted{color:#555}
input[type=date],input[type=search]{width:100%;font:inherit;padding:8px 10px;border:2px solid #8a8275;border-radius:8px;background:#fff;color:#1a1a1a;min-height:44px}
.status.invalid{background:#fdecec;color:#7a0014}
@media print{header,form,.no-print{display:none}section{border:0}}
`;
