// Every dashboard page's one shared script: a 打印 button (hidden until this runs, so a page without
// JavaScript never shows a button that does nothing) opens the browser's print dialog.
export const printScript = `document.querySelectorAll('button[data-print]').forEach(function(b){b.hidden=false;b.addEventListener('click',function(){window.print()})});`;
