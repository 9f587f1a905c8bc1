// Without a handler an error thrown in a timer exits 1 and later timers
// never run; exit listeners still run.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { console.log('first'); throw new Error('fatal'); }, 1);
setTimeout(() => console.log('never printed'), 1);
