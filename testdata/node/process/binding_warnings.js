// process.binding warns (DEP0111) for the modules node deprecates at run
// time, at each access, and not for the others.
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
process.binding('v8');
process.binding('v8');
process.binding('fs');
process.binding('url');
try { process.binding('nope'); } catch (e) { console.log(e.message); }
console.log('sync done');
