// The dashboard's one stylesheet, inlined and hashed into the CSP. Contrast at least 4.5:1 throughout.
export const dashboardStyle = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#f6f4f0}
header.bar{position:relative;z-index:10;background:#a61b1b;color:#fff;padding:0 12px;min-height:56px;display:flex;align-items:center;gap:4px 16px}
header.bar a,header.bar button,header.bar summary{color:#fff;font:inherit}
.bar .brand{font-weight:700;text-decoration:none;white-space:nowrap;margin-right:auto;padding:10px 0;min-width:0;overflow:hidden;text-overflow:ellipsis}
.bar details.phone{flex:none}
.bar nav.desk{display:flex;align-items:center;gap:2px;margin-right:auto;white-space:nowrap}
.bar nav.desk>a,.bar summary{display:inline-flex;align-items:center;min-height:44px;padding:0 10px;border-radius:6px;text-decoration:none;cursor:pointer}
.bar nav.desk>a[aria-current=page],.bar summary.current{background:#7a1414;text-decoration:underline;text-underline-offset:4px}
.bar .bar-tools{display:flex;align-items:center;gap:6px;white-space:nowrap}
.bar .bar-tools .lang{display:inline-flex;align-items:center;min-height:44px;padding:0 8px}
.bar details{position:relative}
.bar summary{list-style:none;border:1px solid transparent}
.bar summary::-webkit-details-marker{display:none}
.bar summary::after{content:"";border:5px solid transparent;border-top-color:currentColor;margin:6px 0 0 6px}
.bar details[open]>summary{background:#7a1414}
.drop-panel{position:absolute;top:100%;left:0;min-width:200px;background:#fff;color:#1a1a1a;border:1px solid #d9d2c5;border-radius:8px;box-shadow:0 6px 18px rgba(0,0,0,.18);padding:6px;display:flex;flex-direction:column}
.drop.end .drop-panel{left:auto;right:0}
header.bar .drop-panel a,header.bar .phone-panel a{color:#1a1a1a;display:flex;align-items:center;min-height:44px;padding:0 12px;border-radius:6px;text-decoration:none}
header.bar .drop-panel a:hover,header.bar .phone-panel a:hover{background:#f2efe9}
header.bar .drop-panel a[aria-current=page],header.bar .phone-panel a[aria-current=page]{background:#fbe4e4;font-weight:700}
.bar form{margin:0}
header.bar .drop-panel button,header.bar .phone-panel button{margin:4px 0 0;background:#4a4a4a;color:#fff;min-height:44px;width:100%}
.bar .who{margin:4px 12px;color:#444;font-size:14px;word-break:break-all}
.bar details.phone{display:none}
.phone-panel{position:absolute;top:100%;right:-12px;width:min(100vw,360px);max-height:calc(100vh - 64px);overflow-y:auto;background:#fff;color:#1a1a1a;border:1px solid #d9d2c5;border-radius:0 0 10px 10px;box-shadow:0 8px 20px rgba(0,0,0,.2);padding:8px}
.phone-panel nav{display:grid;grid-template-columns:1fr 1fr;gap:2px}
.phone-tools{display:flex;gap:8px;align-items:center;border-top:1px solid #e4ded3;padding-top:8px;margin-top:6px}
.phone-tools form{flex:1}
.bar summary:focus-visible,.bar a:focus-visible{outline:3px solid #fff;outline-offset:-3px}
@media (max-width:1099px){.bar .desk{display:none!important}.bar details.phone{display:block}}
@media (max-width:359px){.bar .brand{font-size:15px}}
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
button,.button{display:inline-block;font:inherit;font-weight:700;padding:10px 16px;margin-top:10px;border:0;border-radius:8px;background:#a61b1b;color:#fff;cursor:pointer;text-decoration:none}
button.secondary,.button.secondary{background:#4a4a4a}
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
input[type=date],input[type=month],input[type=search]{width:100%;font:inherit;padding:8px 10px;border:2px solid #8a8275;border-radius:8px;background:#fff;color:#1a1a1a;min-height:44px}
.status.invalid{background:#fdecec;color:#7a0014}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
td,th{overflow-wrap:anywhere}
td .v>:first-child{margin-top:0}
td .v>:last-child{margin-bottom:0}
.num{text-align:right;font-variant-numeric:tabular-nums}
th.key{font-weight:600}
.table-scroll{overflow-x:auto;max-width:100%;margin:0 0 6px}
.table-scroll table{width:auto;min-width:100%}
.table-scroll td,.table-scroll th{overflow-wrap:normal}
.table-scroll .key{position:sticky;left:0;z-index:1;background:#fff;box-shadow:1px 0 0 #e4ded3}
@media (max-width:640px){
table.cards,table.cards>tbody,table.cards>tfoot,table.cards tr,table.cards>tbody>tr>*,table.cards>tfoot>tr>*{display:block;width:auto}
table.cards>thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
table.cards tr{display:flex;flex-direction:column;background:#fff;border:1px solid #e4ded3;border-radius:8px;margin:0 0 10px;padding:8px 12px}
table.cards th.key{order:-1}
table.cards>tbody>tr>*,table.cards>tfoot>tr>*{border:0;padding:3px 0;text-align:left}
table.cards th.key{font-size:17px;padding-bottom:6px}
table.cards td[data-label]{display:flex;gap:10px;align-items:baseline}
table.cards td[data-label]::before{content:attr(data-label);flex:0 0 34%;color:#555;font-size:14px;font-weight:400}
table.cards td .v{flex:1;min-width:0}
table.cards td.wide-cell{display:block}
table.cards td.wide-cell::before{display:block;margin-bottom:2px}
table.cards td:has(>.v:empty),table.cards td.bar-cell{display:none}
}
.filters{display:flex;flex-wrap:wrap;gap:0 12px;align-items:flex-end;margin:0 0 14px}
.filters>div{flex:1 1 150px;min-width:0}
.filters>div.dates{flex:2 1 300px;display:flex;flex-wrap:wrap;gap:0 12px}
.filters>div.dates>div{flex:1 1 130px;min-width:0}
.filter-form fieldset,fieldset.box{min-width:0}
input[type=date],input[type=month]{min-width:0;max-width:100%}
.filters>div:last-child{flex:0 0 auto}
.filters button{min-height:44px}
.filters select,.filters input{min-height:44px}
.downloads{list-style:none;padding:0;margin:0}
.downloads li{padding:8px 0;border-top:1px solid #e4ded3}
.downloads li:first-child{border-top:0}
.downloads a{font-weight:700}
.downloads .help{margin:2px 0 0}
.bare main{max-width:none;padding:0}
@media print{header,form,.no-print{display:none!important}section{border:0}.table-scroll{overflow:visible}.table-scroll .key{position:static;box-shadow:none}}
`;
