process.on('warning', (w) => console.log('event', w.name));
function f() { process.emitWarning('careful', 'CustomWarning', 'C1'); }
f();
require('util').deprecate(() => {}, 'old thing', 'DEP0999')();
console.log(process.noDeprecation, process.throwDeprecation, process.traceDeprecation);
