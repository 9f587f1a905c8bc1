// process.nextTick's queue: arguments, order against promise jobs, ticks
// queued from ticks, process._tickCallback from inside a tick, a tick that
// throws, and a long queue of ticks holding objects only the queue keeps.
const order = [];
process.nextTick((a, b) => order.push(['t1', a, b]), 1, 'x');
process.nextTick(() => { order.push('t2'); process.nextTick(() => order.push('t2-inner')); Promise.resolve().then(() => order.push('p2')); });
Promise.resolve().then(() => order.push('p1'));
process.nextTick(function () { order.push(['t3', arguments.length, this === undefined]); });
setTimeout(() => { for (let i = 0; i < 3; i++) process.nextTick(i => order.push('loop' + i), i); process.nextTick(() => { process._tickCallback(); order.push('after-tc'); }); process.nextTick(() => order.push('last')); }, 1);
setTimeout(() => { process.nextTick(() => { throw new Error('boom'); }); process.nextTick(() => order.push('after-throw')); }, 5);
process.on('uncaughtException', (e) => order.push('caught ' + e.message));
setTimeout(() => { let big = []; for (let i = 0; i < 2000; i++) process.nextTick((o) => big.push(o.v), { v: i }); process.nextTick(() => order.push('big ' + big.length + ' ' + big[1999])); }, 8);
setTimeout(() => console.log(JSON.stringify(order)), 20);
