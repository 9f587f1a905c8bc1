// An unhandled rejection exits 1 after the ticks and microtasks of the
// turn have run; later timers never run.
setTimeout(() => console.log('never printed'), 0);
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('boom'));
process.nextTick(() => console.log('tick runs first'));
Promise.resolve().then(() => console.log('promise runs first'));
