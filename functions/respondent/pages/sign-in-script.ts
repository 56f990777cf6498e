// The sign-in page's script (progressive: the form posts without it). It sends the form as JSON to
// the sign-in API with the phone's signInId, goes to the done page on success, puts a refused
// field's message beside it, and on a network failure, 429 or 5xx sends the same signInId again
// after 2 s, then twice as long (at most 30 s): the server stores it once whatever the retries.
export const signInScript = `(function(){
var f=document.getElementById('sign-in');if(!f||!window.fetch||!window.JSON)return;
var out=document.getElementById('outcome'),b=f.querySelector('button');
function say(t,bad){out.textContent=t;out.className=bad?'note bad':'note'}
f.addEventListener('submit',function(ev){ev.preventDefault();
var e=f.querySelectorAll('.err');for(var i=0;i<e.length;i++)e[i].textContent='';
var d={signInId:f.elements.signInId.value},n=f.elements.name,u=f.querySelector('input[name=unitId]:checked'),un=f.elements.unitName,wait=2000;
if(n&&n.value.trim())d.name=n.value.trim();
if(u&&u.value)d.unitId=u.value;else if(un&&un.value.trim())d.unitName=un.value.trim();
b.disabled=true;say(f.dataset.sending);
function retry(){say(f.dataset.retrying,true);setTimeout(send,wait);wait=Math.min(wait*2,30000)}
function send(){fetch(f.dataset.api,{method:'POST',headers:{'Content-Type':'application/json',Accept:'application/json'},body:JSON.stringify(d)}).then(function(r){
return r.json().then(function(j){return{s:r.status,j:j}},function(){return{s:r.status,j:{}}})}).then(function(x){
if(x.s===200||x.s===201){location.assign(f.dataset.done);return}
if(x.s===429||x.s>=500)return retry();
b.disabled=false;var er=x.j.error||{},is=er.issues||[];say(er.message||'',true);
for(var i=0;i<is.length;i++){var p=document.getElementById('err-'+is[i].field);if(p)p.textContent=is[i].message}
},retry)}
send()});})();`;
