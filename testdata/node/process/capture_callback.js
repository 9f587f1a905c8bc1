// setUncaughtExceptionCaptureCallback takes uncaught exceptions and
// unhandled rejections before any 'uncaughtException' listener.
const t = (f) => {
  try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); }
};
process.on('uncaughtException', (e) => console.log('listener', e.message));
console.log(process.hasUncaughtExceptionCaptureCallback());
t(() => process.setUncaughtExceptionCaptureCallback(5));
t(() => process.setUncaughtExceptionCaptureCallback({}));
t(() => process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message)));
console.log(process.hasUncaughtExceptionCaptureCallback());
t(() => process.setUncaughtExceptionCaptureCallback(() => {}));
setTimeout(() => { throw new Error('from a timer'); });
setTimeout(() => {
  Promise.reject(new Error('a rejection'));
  setTimeout(() => {
    t(() => process.setUncaughtExceptionCaptureCallback(null));
    console.log(process.hasUncaughtExceptionCaptureCallback());
    setTimeout(() => { throw new Error('to the listener'); });
  }, 5);
}, 5);
