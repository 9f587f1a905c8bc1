// Rejecting with a non-Error value and never handling it: node exits with code 1 after reporting it on stderr.
console.log('before rejection');
Promise.resolve().then(() => console.log('earlier microtasks still run'));
Promise.reject('a plain string reason');
console.log('end of script');
