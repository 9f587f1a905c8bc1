// An unhandled promise rejection: node prints the error on stderr and exits with code 1 after the microtask queue
// drains; output printed before that, including other promise callbacks, is kept.
console.log('start');
Promise.resolve().then(() => console.log('resolved callback runs'));
async function failLater() {
  await null;
  throw new Error('nobody catches this');
}
failLater();
// A rejection that gets handled in the same tick is fine.
const handled = Promise.reject(new Error('handled'));
handled.catch((e) => console.log('caught', e.message));
console.log('end of script');
setTimeout(() => console.log('timer must not run'), 0);
