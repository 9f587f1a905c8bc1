process.on('unhandledRejection', (r) => console.log('listener', r));
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p));
const p = Promise.reject(7);
setTimeout(() => p.catch(() => {}), 1);
