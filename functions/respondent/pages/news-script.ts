// The one script of a briefing page: shows the print button (without JavaScript the browser's own
// Print does the same, and the page says so).
export const newsScript = `document.querySelectorAll('[data-print]').forEach(function(b){b.hidden=false;b.addEventListener('click',function(){window.print()})});document.querySelectorAll('[data-print-hint]').forEach(function(p){p.hidden=true})`;
