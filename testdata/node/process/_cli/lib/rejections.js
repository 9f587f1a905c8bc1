process.on('exit', (c) => console.log('exit', c, process.exitCode));
Promise.reject(new Error('boom'));
Promise.reject(42);
const handled = Promise.reject(new Error('later'));
setTimeout(() => handled.catch(() => {}), 1);
setTimeout(() => console.log('timer'), 5);
