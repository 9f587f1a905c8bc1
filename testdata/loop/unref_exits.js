// An unref'd timer does not keep the process alive; ref() restores it;
// exit listeners see the exit code.
setTimeout(() => console.log('never printed'), 10000).unref();
const t = setTimeout(() => console.log('ref again, printed'), 5);
t.unref();
console.log('hasRef', t.hasRef());
t.ref();
setInterval(() => console.log('never: unref interval'), 1000).unref();
process.on('exit', (code) => console.log('exit', code, process.exitCode));
