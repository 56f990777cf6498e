// The briefing pages' own rules, beside the shared pageStyle: photos scale to the column and keep their
// box before they load (width/height on the img), and a print sheet lays a briefing out on A4.
export const newsStyle = `
.news{list-style:none;padding:0;margin:0}
.news li{background:#fff;border-radius:8px;margin:10px 0;padding:0}
.news a{display:block;padding:12px 16px;min-height:48px;color:#1a1a1a;text-decoration:none}
.news a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.news strong{display:block;font-size:19px;color:#7a1414;text-decoration:underline}
.news time,.day{color:#444;font-size:16px}
article{background:#fff;border-radius:8px;padding:12px 16px}
article p{margin:0 0 12px;text-indent:2em}
article p.day{text-indent:0}
figure{margin:16px 0}
figure img{display:block;max-width:100%;height:auto;border-radius:6px;background:#e4ded3}
.acts a{display:inline-flex;align-items:center;min-height:48px;margin-right:16px}
.acts button{font:inherit;min-height:48px;padding:0 16px;border:2px solid #7a1414;border-radius:8px;background:#fff;color:#7a1414;cursor:pointer}
@media print{
@page{size:A4;margin:20mm 18mm}
body{background:#fff;font-size:12pt}
header,.acts,.no-print{display:none!important}
main{max-width:none;padding:0}
article{padding:0}
h1{text-align:center;font-size:20pt;color:#000}
article p.day{text-align:center}
figure{break-inside:avoid}
figure img{max-height:120mm;width:auto;margin:0 auto}
a{color:#000;text-decoration:none}
}
`;
