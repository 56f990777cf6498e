// The editor's only script: saves without full reloads. Each editor form posts as before (fetch
// follows the 303 back to the page), and the page's main part is swapped for the fresh one (so every
// form carries the new version); "Edit"
// links load the same way. Without it every button is a plain post, so nothing depends on it.
export const editorScript = `(function(){
if(!window.fetch||!window.DOMParser||!window.FormData)return;
function ed(){return document.getElementById('editor')}
function swap(html,url,focusId,sel){var doc=new DOMParser().parseFromString(html,'text/html'),fresh=doc.querySelector('main');
if(!fresh||!doc.getElementById('editor')){location.href=url||location.href;return}
document.querySelector('main').replaceWith(fresh);
if(url)history.replaceState(null,'',url);
var card=(focusId&&document.querySelector('[data-question="'+focusId+'"]'))||document.querySelector('.card.editing');
if(card){var fs=sel?card.querySelectorAll(sel):[],last=fs[fs.length-1],el=(last&&last.querySelector('input'))||card.querySelector('.field-err')||card.querySelector('.card.editing input[type=text]')||card.querySelector('a.edit,button');card.scrollIntoView({block:'nearest'});if(el&&el.focus)el.focus({preventScroll:true})}}
document.addEventListener('submit',function(e){var f=e.target;if(!ed()||!ed().contains(f)||f.querySelector('textarea'))return;e.preventDefault();
// getAttribute: a button named "action" would shadow form.action.
var card=f.closest('[data-question]'),id=card?card.getAttribute('data-question'):null,sel=e.submitter&&e.submitter.value==='logic'?'.logic-row fieldset':null,body=new URLSearchParams(new FormData(f,e.submitter));
fetch(f.getAttribute('action'),{method:'POST',body:body,headers:{'Content-Type':'application/x-www-form-urlencoded'},credentials:'same-origin'}).then(function(r){return r.text().then(function(h){swap(h,r.redirected?r.url:null,id,sel)})},function(){f.submit()})});
// Choosing a display-logic row's question shows its options at once (the same post as "show its options").
document.addEventListener('change',function(e){var s=e.target;if(!s.matches||!s.matches('#editor select[data-logic]'))return;var f=s.form,b=f&&f.querySelector('button[name=op][value=logic]');if(b&&f.requestSubmit)f.requestSubmit(b)});
document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('#editor a.edit,#editor .question-form a.button');if(!a)return;e.preventDefault();
var id=a.closest('[data-question]').getAttribute('data-question');fetch(a.href,{credentials:'same-origin'}).then(function(r){return r.text().then(function(h){swap(h,a.href.split('#')[0],id)})},function(){location.href=a.href})});
})();`;
