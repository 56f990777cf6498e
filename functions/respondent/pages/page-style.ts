// The respondent pages' one stylesheet, inlined so the page shows after one round trip.
// Large type and targets for older readers on small phones; contrast at least 4.5:1 throughout.
// A fieldset grows to its content by default (min-width: min-content): min-width:0 lets a wide grid scroll inside it.
// The essay's file picker (input[type=file]) is a whole-width box as tall as a finger, like the text fields.
export const pageStyle = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:18px/1.6 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#f4f1ec}
header{background:#a61b1b;color:#fff;padding:12px 16px}
header p{margin:0;font-size:15px}
header a{color:#fff}
main{max-width:680px;margin:0 auto;padding:12px}
h1{font-size:24px;line-height:1.35;margin:8px 0 12px}
h2{font-size:20px;margin:24px 0 8px;color:#7a1414}
.intro{background:#fff;padding:12px 16px;border-radius:8px;white-space:pre-line}
fieldset.q,div.q{background:#fff;border:2px solid #d9d2c5;border-radius:10px;margin:14px 0;padding:12px 14px 14px;min-width:0}
fieldset.q.bad,div.q.bad{border-color:#b00020}
legend,.qt{font-weight:700;font-size:19px;padding:0 4px;float:left;width:100%}
legend+*,.qt+*{clear:left}
.tag{font-weight:400;font-size:14px;color:#555;margin-left:6px;white-space:nowrap;display:inline-block}
.help{color:#444;font-size:16px;margin:4px 0 8px}
.if{color:#5b3a00;background:#fff6dc;border-radius:6px;font-size:16px;margin:4px 0 8px;padding:4px 8px}
[hidden]{display:none!important}
.err{color:#b00020;font-weight:700;margin:6px 0 0}
.err:empty{display:none}
.opt{display:flex;align-items:center;gap:12px;min-height:48px;padding:6px 8px;margin:4px 0;border:1px solid #cfc8bb;border-radius:8px;cursor:pointer}
.opt:has(input:checked){background:#e3f2ef;border-color:#0f6e66;box-shadow:inset 0 0 0 1px #0f6e66}
.opt:has(input:checked)::after{content:"✓";margin-left:auto;color:#0f6e66;font-weight:700}
.opt input{width:24px;height:24px;flex:none;margin:0;accent-color:#0f6e66}
input[type=text],input[type=tel],input[type=number],textarea,select{width:100%;font:inherit;min-height:48px;padding:8px 10px;border:2px solid #8a8275;border-radius:8px;background:#fff;color:#1a1a1a}
textarea{min-height:120px}
input[type=file]{display:block;width:100%;font:inherit;min-height:48px;padding:8px 0}
input:focus-visible,select:focus-visible,textarea:focus-visible,button:focus-visible,.opt:focus-within{outline:3px solid #1d4ed8;outline-offset:2px}
input.other{margin:4px 0 0 44px;width:calc(100% - 44px)}
.opt:not(:has(:checked))+input.other{display:none}
.cols{display:flex;flex-wrap:wrap;gap:0 6px}
.cols .opt{flex:1 0 30%;padding:6px}
.scale{display:flex;flex-wrap:wrap;gap:6px}
.scale .opt{flex:1 0 56px;justify-content:center;flex-direction:column;gap:2px;padding:6px 2px;text-align:center}
.ends{display:flex;justify-content:space-between;font-size:15px;color:#444}
.row{border:0;border-top:1px solid #e4ded3;margin:8px 0 0;padding:8px 0 0}
.row legend{font-size:17px;font-weight:600}
.rank label{display:block;font-weight:600;margin:8px 0 2px}
.wide{position:relative;overflow-x:auto;background:linear-gradient(90deg,#fff 30%,#fff0) left/24px 100% no-repeat local,linear-gradient(270deg,#fff 30%,#fff0) right/24px 100% no-repeat local,radial-gradient(farthest-side at 0 50%,#0003,#0000) left/10px 100% no-repeat scroll,radial-gradient(farthest-side at 100% 50%,#0003,#0000) right/10px 100% no-repeat scroll}
.swipe{font-size:14px;color:#555;margin:0 0 4px}
table.grid{border-collapse:collapse;width:100%}
.grid th,.grid td{border:1px solid #d9d2c5;padding:0;text-align:center;font-size:16px}
.grid th{padding:6px 2px;background:#f7f4ef;word-break:keep-all}
.grid label{display:flex;align-items:center;justify-content:center;min-height:48px;cursor:pointer}
.grid input{width:24px;height:24px;accent-color:#0f6e66}
.grid td:has(:checked){background:#e3f2ef}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
button{font:inherit;font-weight:700;width:100%;min-height:56px;margin:16px 0 40px;border:0;border-radius:10px;background:#a61b1b;color:#fff;cursor:pointer}
button[disabled]{background:#6b6b6b}
.note{border-radius:8px;padding:12px 14px;margin:12px 0;background:#fff8e1;border:2px solid #8a6d00}
.note.bad{background:#fdecee;border-color:#b00020}
.note:empty{display:none}
.note ul{margin:6px 0 0;padding-left:20px}
.note a{color:#8a0019}
#outcome{margin:-24px 0 40px}
.prog{position:sticky;top:0;z-index:1;background:#f4f1ec;margin:0 -12px;padding:6px 12px;font-size:15px}
.prog progress{display:block;width:100%;height:8px;accent-color:#0f6e66}
.sec{display:block;font-size:14px;font-weight:400;color:#555}
.due{font-size:16px;color:#444;margin:0 0 12px}
.facts{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;background:#fff;border-left:4px solid #a61b1b;border-radius:8px;padding:10px 14px;margin:0 0 12px}
.facts dt{color:#555;font-size:16px}
.facts dd{margin:0;font-weight:600}
.done{background:#fff;border-radius:10px;padding:20px 16px;text-align:center}
.done a{color:#1d4ed8}
a.go{display:inline-flex;align-items:center;min-height:48px;padding:0 18px;border-radius:10px;background:#a61b1b;color:#fff;font-weight:700;text-decoration:none}
.menu-topic{margin:6px 0;font-size:16px}
.menu-topic summary{min-height:44px;padding:8px 0;cursor:pointer}
@media (max-width:359px){main{padding:8px}.prog{margin:0 -8px;padding:6px 8px}fieldset.q,div.q{padding:10px 8px 12px}.grid th{font-size:15px}}
@media print{header,button,.prog{display:none}body{background:#fff}}
`.replace(/\n/g, '');
