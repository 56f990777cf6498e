// The workbench's own styles: the year's figures as tiles, the to-do list, and the year's path as
// five steps (a column on a phone, a row at a desk), each marked done, under way or not started.
export const workbenchStyle = `
h1 .muted{font-size:18px;font-weight:400}
.figures{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(115px,1fr));gap:8px}
.figure{background:#faf7f2;border:1px solid #e4ded3;border-radius:8px}
.figure>a,.figure>strong{display:block}
.figure a,.figure>span{display:block;padding:8px 12px;color:#1a1a1a;text-decoration:none;min-height:44px}
.figure>strong{padding:8px 12px 0}
.figure>strong+span{padding-top:0}
.figure strong{display:block;font-size:28px;line-height:1.2;color:#7a1414;font-variant-numeric:tabular-nums}
.figure a span{color:#1d4ed8;text-decoration:underline}
.todo{list-style:none;padding:0;margin:0}
.todo>li{border-top:1px solid #e4ded3;padding:10px 0}
.todo>li:first-child{border-top:0;padding-top:0}
.todo p{margin:0 0 4px;font-weight:600}
.todo .lectures{margin:4px 0 0;padding-left:1.1em}
.todo .lectures li{margin:4px 0}
a.act{display:inline-flex;align-items:center;min-height:44px;font-weight:700}
.path{list-style:none;padding:0;margin:0;display:grid;gap:8px;counter-reset:step}
.path li{counter-increment:step}
.path a{display:block;height:100%;border:2px solid #d9d2c5;border-radius:10px;padding:10px 12px;color:#1a1a1a;text-decoration:none;background:#fff}
.path strong{font-size:18px}
.path strong::before{content:counter(step) ". "}
.path .state{display:inline-block;margin-left:8px;padding:0 8px;border-radius:10px;font-size:14px;background:#eee}
.path .said{display:block;color:#333;margin-top:4px;font-size:15px}
.path .done a{border-color:#7fbf93}
.path .done .state{background:#dff3e4;color:#0b5323}
.path .current a{border-color:#a61b1b;box-shadow:0 0 0 2px #f3b9b9}
.path .current .state{background:#a61b1b;color:#fff}
@media (min-width:900px){.path{grid-template-columns:repeat(5,1fr)}}
.links-list{padding-left:1.1em}
.links-list a{display:inline-flex;align-items:center;min-height:44px}
.quick{display:flex;flex-wrap:wrap;gap:8px}
.quick .button{margin-top:0;min-height:44px;display:inline-flex;align-items:center}
`.replace(/\n/g, '');
