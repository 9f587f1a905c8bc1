// timers/promises and the timers module.
const timers = require('timers');
const tp = require('timers/promises');
console.log(timers.setTimeout === setTimeout, require('node:timers') === timers, tp === timers.promises);
(async () => {
  const v = await tp.setTimeout(2, 'value');
  console.log('setTimeout resolved', v);
  const order = [];
  await Promise.all([
    tp.setTimeout(1).then(() => order.push('timeout')),
    tp.setImmediate('i').then((x) => order.push('immediate ' + x)),
  ]);
  console.log(order.join(', '));
  await tp.scheduler.wait(1);
  console.log('waited');
  let n = 0;
  for await (const x of tp.setInterval(1, 'tick')) {
    console.log(x, ++n);
    if (n === 3) break;
  }
  try {
    await tp.setTimeout(1, null, 'bad');
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    await tp.setTimeout(1, null, { ref: 1 });
  } catch (e) {
    console.log(e.code, e.message);
  }
})();
