// The survey page's only script: inline checks, a draft kept on the phone, and an outbox that
// sends a submission when the network returns. Plain ES2017 for old in-app browsers; the page
// works fully without it. The same submissionId goes with every try, so a retry can never
// store a response twice.
// A draft save still pending when the answer arrives is cancelled: it would otherwise bring the
// answered form back as a draft on the next visit instead of saying it was answered.
/**
 * Display logic on the page: a question or section with `data-if` shows only while every one of its
 * conditions holds. Needs `f` (the form), `all` and `setErr` in scope; shared with the preview.
 */
const logicPart = `function picked(id){var b=f.querySelector('[data-q="'+id+'"]'),o=[];if(!b||b.hidden)return o;
all(b,'input:checked').forEach(function(i){o.push(i.value)});all(b,'select').forEach(function(s){if(s.value)o.push(s.value)});return o}
function logic(){all(f,'[data-if]').forEach(function(el){var on=JSON.parse(el.getAttribute('data-if')).every(function(c){var v=picked(c.q);return c.any.some(function(a){return v.indexOf(a)>=0})});
if(el.hidden===on){el.hidden=!on;all(el,'input,select,textarea').forEach(function(i){i.disabled=!on});if(el.classList.contains('q'))setErr(el,'')}})}
`;

export const formScript = `(function(){
var f=document.getElementById('survey');if(!f||!window.fetch||!window.URLSearchParams)return;
var K='dc:'+f.getAttribute('data-survey')+':',M=JSON.parse(f.getAttribute('data-msgs')),note=document.getElementById('note'),out=document.getElementById('outcome'),btn=document.getElementById('send'),pg=document.getElementById('prog');
var ls=null;try{ls=window.localStorage;ls.setItem(K+'t','1');ls.removeItem(K+'t')}catch(e){ls=null}
function get(k){try{return ls?JSON.parse(ls.getItem(K+k)):null}catch(e){return null}}
function put(k,v){try{if(ls)ls.setItem(K+k,JSON.stringify(v))}catch(e){}}
function del(k){try{if(ls)ls.removeItem(K+k)}catch(e){}}
function pairs(){var o=[];new FormData(f).forEach(function(v,k){o.push([k,String(v)])});return o}
function restore(d){var els=f.elements;for(var i=0;i<els.length;i++){var el=els[i];if(!el.name||el.name==='lang')continue;
var vs=d.filter(function(p){return p[0]===el.name}).map(function(p){return p[1]});
if(el.type==='checkbox'||el.type==='radio')el.checked=vs.indexOf(el.value)>=0;else el.value=vs.length?vs[0]:''}}
function say(m,bad){note.textContent=m||'';note.className=bad?'note bad':'note'}
function tell(m){out.textContent=m||'';if(m&&out.scrollIntoView&&out.getBoundingClientRect().bottom>innerHeight)out.scrollIntoView({block:'nearest'})}
function summary(bs){say(fmt(M.summary,bs.length),true);var ul=document.createElement('ul');bs.forEach(function(b){if(!b.id)return;var li=document.createElement('li'),a=document.createElement('a'),h=b.querySelector('legend,.qt');a.href='#'+b.id;a.textContent=h&&h.firstChild?h.firstChild.textContent:'';li.appendChild(a);ul.appendChild(li)});note.appendChild(ul)}
function done(b){return all(b,'input:checked').length>0||all(b,'select,textarea,input[type=text],input[type=tel],input[type=number]').some(function(e){return e.value.trim()!==''&&!/other/.test(e.className)})}
function progress(){if(!pg)return;var bs=all(f,'.q[data-q]').filter(function(b){return !b.hidden}),k=bs.filter(done).length,bar=document.getElementById('prog-bar');pg.hidden=false;bar.max=bs.length;bar.value=k;document.getElementById('prog-t').textContent=M.progress.replace('{k}',k).replace('{n}',bs.length)}
function fmt(s,n){return s.replace('{n}',n)}
function boxOf(el){return el&&el.closest?el.closest('.q'):null}
function setErr(b,m){var e=b.querySelector('.err');e.textContent=m||'';if(m)b.classList.add('bad');else b.classList.remove('bad')}
function all(b,s){return [].slice.call(b.querySelectorAll(s))}
function check(b){var t=b.getAttribute('data-check'),req=b.hasAttribute('data-required'),min=+(b.getAttribute('data-min')||0),mx=b.getAttribute('data-max'),max=mx?+mx:1e9,m='',n;
if(t==='ranked'){var vs=all(b,'select').map(function(s){return s.value}).filter(Boolean);
if(vs.some(function(v,i){return vs.indexOf(v)!==i}))m=M.duplicate;else if(!vs.length){if(req)m=M.required}else if(vs.length<min)m=fmt(M.tooFewRanked,min)}
else if(t==='picks'){n=all(b,'input:checked').length;if(!n){if(req)m=M.required}else if(n<min)m=fmt(M.tooFew,min);else if(n>max)m=fmt(M.tooMany,max)}
else if(t==='one'){if(req&&!b.querySelector('input:checked'))m=M.required}
else if(t==='rows'){if(req&&all(b,'input:checked').length<all(b,'fieldset').length)m=M.rows}
else{var el=b.querySelector('input,select,textarea'),v=el.value.trim();if(el.validity&&el.validity.badInput)m=M.number;else if(!v){if(req)m=M.required}
else if(el.type==='number'&&el.min!==''&&+v<+el.min)m=fmt(M.belowMin,el.min);else if(el.type==='number'&&el.max!==''&&+v>+el.max)m=fmt(M.aboveMax,el.max)
else if(el.type==='number'&&(n=el.getAttribute('data-decimals'))!==null&&(v.split('.')[1]||'').length>+n)m=+n?fmt(M.decimals,n):M.integer}
var o=b.querySelector('input[value=other]');if(!m&&o&&o.checked&&!b.querySelector('input.other').value.trim())m=M.other;
setErr(b,m);return m}
${logicPart}var draft=get('draft'),sent=get('sent');if(draft&&draft.length){restore(draft);say(M.restored)}
logic();progress();
all(document,'.wide').forEach(function(w){if(w.scrollWidth>w.clientWidth+1)w.previousElementSibling.hidden=false});
if(sent&&f.hasAttribute('data-remember')&&!(draft&&draft.length)&&!get('outbox')){var bx=document.createElement('div');bx.className='done';bx.id='answered';bx.setAttribute('role','status');
var p1=document.createElement('p');p1.textContent=M.answered+(sent.r?' '+M.receipt+': '+sent.r:'');bx.appendChild(p1);
if(!f.hasAttribute('data-once')){var ag=document.createElement('button');ag.type='button';ag.textContent=M.again;ag.onclick=function(){del('sent');bx.parentNode.removeChild(bx);f.hidden=false;if(pg)pg.hidden=false};bx.appendChild(ag)}
f.parentNode.insertBefore(bx,f);f.hidden=true;if(pg)pg.hidden=true}
var tm;function save(){clearTimeout(tm);tm=setTimeout(function(){put('draft',pairs())},250)}
f.addEventListener('input',function(){save();progress()});
f.addEventListener('change',function(e){logic();save();progress();var b=boxOf(e.target);if(b&&(b.classList.contains('bad')||b.getAttribute('data-check')==='ranked'))check(b)});
f.addEventListener('focusout',function(e){var b=boxOf(e.target);if(b&&!b.contains(e.relatedTarget)&&b.getAttribute('data-check')!=='ranked'&&(e.target.type==='text'||e.target.type==='number'||e.target.tagName==='TEXTAREA'))check(b)});
f.addEventListener('submit',function(e){e.preventDefault();save();
var bad=all(f,'.q').filter(function(b){return !b.hidden&&check(b)});
if(bad.length){summary(bad);tell('');focusBox(bad[0]);return}
put('outbox',new URLSearchParams(pairs()).toString());wait=2000;send()});
function focusBox(b){var el=b.querySelector('input,select,textarea');if(b.scrollIntoView)b.scrollIntoView({block:'center'});if(el)el.focus({preventScroll:true})}
var busy=false,wait=2000,rt;
function idle(l){busy=false;btn.disabled=false;btn.textContent=l||M.submit}
function send(){var body=get('outbox');if(!body||busy)return;busy=true;btn.disabled=true;btn.textContent=M.submitting;tell(M.submitting);clearTimeout(rt);
fetch(f.action,{method:'POST',headers:{'Content-Type':'application/x-www-form-urlencoded','Accept':'application/json'},body:body,credentials:'same-origin'})
.then(function(r){return r.json().then(function(j){answered(r.status,j)},function(){answered(r.status,{})})},function(){later(M.offline)})}
function later(m){idle(M.savedRetry);tell(m);rt=setTimeout(send,wait);wait=Math.min(wait*2,30000)}
function answered(s,j){if(s===200||s===201){var id=j.responseId||j.requestId||'';clearTimeout(tm);del('outbox');del('draft');if(f.hasAttribute('data-remember'))put('sent',{r:String(id).slice(0,8).toUpperCase()});btn.textContent=M.sent;tell(M.sent);var d=f.getAttribute('data-done');location.replace(d+(d.indexOf('?')<0?'?':'&')+'r='+encodeURIComponent(id));return}
if(s>=500||s===429||s===408){later(M.busy);return}
del('outbox');idle();tell('');var is=(j.error&&j.error.issues)||[],bs=[];
is.forEach(function(i){var b=f.querySelector('[data-q="'+String(i.questionId).replace(/[^A-Za-z0-9_-]/g,'')+'"]');if(b){setErr(b,i.message);if(bs.indexOf(b)<0)bs.push(b)}});
var cb=f.querySelector('[data-q="accessCode"]');if(cb&&j.error&&/^access_code/.test(j.error.code)){setErr(cb,j.error.message);bs.unshift(cb)}
if(bs.length){summary(bs);focusBox(bs[0])}else{say((j.error&&j.error.message)||M.busy,true);tell((j.error&&j.error.message)||M.busy)}}
window.addEventListener('online',function(){wait=2000;send()});
if(get('outbox')){say(M.retrying);send()}
})();`;

/** The organizer's preview runs the same display logic and nothing else: no drafts, nothing sent. */
export const previewScript = `(function(){
var f=document.getElementById('survey');if(!f)return;
function all(b,s){return [].slice.call(b.querySelectorAll(s))}
function setErr(){}
${logicPart}logic();f.addEventListener('change',logic);
})();`;
