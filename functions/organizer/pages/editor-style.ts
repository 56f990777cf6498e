// The visual editor's styles: question cards, a respondent-like preview, the edit form and its problems.
export const editorStyle = `
.cards{list-style:none;margin:0;padding:0}
.card{background:#fff;border:2px solid #d9d2c5;border-radius:10px;padding:12px 14px;margin:0 0 14px;max-width:100%;overflow-wrap:anywhere}
.card.editing{border-color:#1d4ed8}
.card.bad{border-color:#b00020}
.card h3{font-size:17px;margin:0 0 6px}
.card .q{border:0;margin:0;padding:0;min-width:0}
.card .q legend,.card .q .qt{font-weight:700;margin:0 0 4px;padding:0}
.card .tag{display:inline-block;font-size:13px;background:#efe9e0;color:#333;border-radius:8px;padding:0 6px;margin-left:6px;font-weight:400}
.card .opt{display:flex;gap:8px;align-items:center;font-weight:400;margin:4px 0;min-height:44px}
.card .scale{display:flex;flex-wrap:wrap;gap:4px 12px}
.card .ends{display:flex;justify-content:space-between;font-size:14px;color:#444;margin:2px 0}
.card .grid{width:auto;max-width:100%}
.card .grid td,.card .grid th{padding:4px}
.card .other{margin-left:28px;width:calc(100% - 28px)}
.card .sr,.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.card .if,.logic-note{color:#5b3a00;background:#fff6dc;border-radius:6px;padding:4px 8px;margin:4px 0 8px}
.card .err:empty{display:none}
.tools{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin-top:8px;border-top:1px solid #e4ded3;padding-top:6px}
.tools form{margin:0}
.tools button,.tools .button{margin:0;min-height:44px;min-width:44px}
.tools details{display:inline-block}
.tools summary{cursor:pointer;min-height:44px;display:inline-flex;align-items:center;padding:0 10px;border-radius:8px;background:#efe9e0;font-weight:700}
button.small{padding:4px 10px;min-height:44px;min-width:44px}
button:disabled{opacity:.45;cursor:default}
fieldset.list{border:1px solid #d9d2c5;border-radius:8px;padding:8px 10px;margin:10px 0;min-width:0}
fieldset.list ol{padding-left:22px;margin:4px 0}
fieldset.list li{margin:0 0 10px}
fieldset.list li input.en{margin-top:4px;font-size:15px}
.item-tools{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin-top:4px}
.item-tools label.inline{margin:0;min-height:44px}
.field-err{background:#fdecec;border:1px solid #b00020;color:#7a0014;border-radius:6px;padding:4px 8px 4px 26px;margin:6px 0}
details.advanced textarea{min-height:240px}
.sections{margin:6px 0}
.logic-row{border-left:3px solid #d9d2c5;padding-left:10px;margin:10px 0}
.logic-row select{max-width:100%}
div.field-err p{margin:0 0 2px -18px;font-weight:700}
@media (max-width:600px){.tools{gap:4px}}
`;
