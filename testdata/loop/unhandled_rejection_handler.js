// With an unhandledRejection listener the process keeps going; a rejection
// handled within the same turn is not reported.
process.on('unhandledRejection', (reason, p) => {
  console.log('unhandledRejection', reason instanceof Error ? reason.message : reason, p instanceof Promise);
});
Promise.reject(new Error('first'));
const late = Promise.reject(42);
late.catch((v) => console.log('caught', v));
setTimeout(() => {
  Promise.reject('from timer');
  setTimeout(() => console.log('still running'), 1);
}, 1);
