// Timers of mixed delays: lists per delay, ordered by expiry then list
// creation; 0 and 1 ms are the same list; args are passed; this is the
// Timeout.
const order = [];
setTimeout(() => order.push('10a'), 10);
setTimeout(() => order.push('1a'), 1);
setTimeout(() => order.push('0a'), 0);
setTimeout(() => order.push('5a'), 5);
setTimeout(() => order.push('1b'), 1);
setTimeout(() => order.push('10b'), 10);
setTimeout(() => order.push('neg'), -5);
setTimeout(() => order.push('nan'), 'abc');
setTimeout(() => order.push('str5'), '5');
setTimeout(function (a, b) {
  order.push('args ' + a + ' ' + b + ' ' + (this.constructor.name));
}, 2, 'x', 'y');
setTimeout(() => {
  console.log(order.join('\n'));
}, 30);
