// A non-error rejection left while ticks ran: node's error stack ends with the
// one processTicksAndRejections frame that called processPromiseRejections.
setTimeout(() => { process.nextTick(() => { Promise.reject("s"); }); }, 1);
