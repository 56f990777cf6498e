// The catalogue and import pages' few extra rules, inlined and hashed into the CSP.
export const catalogueStyle = `
.field-err{background:#fdecec;border:1px solid #b00020;color:#7a0014;border-radius:6px;padding:4px 8px 4px 26px;margin:6px 0}
fieldset.list{border:1px solid #d9d2c5;border-radius:8px;padding:8px 10px;margin:10px 0;min-width:0}
fieldset.topics{max-height:320px;overflow:auto}
fieldset.list label.inline{min-height:44px;margin:0}
input[type=checkbox]{width:22px;height:22px;flex:none}
.wide{grid-column:1/-1}
.english{margin-top:6px}
textarea{min-height:88px;font-family:inherit;font-size:16px}
select,input[type=text],input[type=file]{min-height:44px}
td.actions{white-space:nowrap}
td.actions form{display:inline;margin:0 0 0 6px}
td.actions .button,td.actions button{margin-top:0;min-height:44px}
.en{display:block;font-size:14px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.table-wrap{overflow-x:auto}
tr.refuse td{background:#fdecec}
tr.add td{background:#eef8f0}
tr.change td{background:#fff7e0}
`;
