// Atomics.wait and Atomics.waitAsync on one thread: "not-equal", timeouts (none of these waits is ever notified, so
// they time out whatever the machine's speed), notify counts, validation errors, and waitAsync's result objects.
const i32 = new Int32Array(new SharedArrayBuffer(16));
const i64 = new BigInt64Array(i32.buffer);
i32[0] = 7;
console.log(Atomics.wait(i32, 0, 6));
console.log(Atomics.wait(i32, 0, 7, 0));
console.log(Atomics.wait(i32, 0, 7, 10));
console.log(Atomics.wait(i32, 0, 7, -5));
console.log(Atomics.wait(i64, 1, 0n, 1));
console.log(Atomics.wait(i64, 1, 1n, 1));
console.log(Atomics.wait(i32, 0, '7', 0.5));
console.log(Atomics.notify(i32, 0), Atomics.notify(i32, 0, 3), Atomics.notify(new Int32Array(4), 0));
for (const bad of [
  () => Atomics.wait(new Int32Array(4), 0, 0, 0),
  () => Atomics.wait(new Int16Array(new SharedArrayBuffer(4)), 0, 0, 0),
  () => Atomics.wait(i32, 4, 0, 0),
  () => Atomics.notify(new Float64Array(2), 0),
  () => Atomics.waitAsync(new Int32Array(4), 0, 0),
  () => Atomics.waitAsync(i64, 2, 0n),
]) {
  try {
    bad();
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
console.log(Atomics.waitAsync(i32, 0, 6));
console.log(Atomics.waitAsync(i32, 0, 7, 0));
// A pending waitAsync does not keep the program alive: the interval does.
const alive = setInterval(() => {}, 1000);
const r = Atomics.waitAsync(i32, 0, 7, 5);
console.log(r.async, r.value instanceof Promise);
const r2 = Atomics.waitAsync(i32, 2, 0);
const r3 = Atomics.waitAsync(i64, 1, 0n, 100000);
r2.value.then((v) => console.log('r2', v));
r3.value.then((v) => {
  console.log('r3', v);
  clearInterval(alive);
});
console.log('notified', Atomics.notify(i32, 2, 1));
r.value.then((v) => {
  console.log('r', v);
  // i64[1] is bytes 8..15: i32[2] is the same address (r3 wakes), i32[3] another.
  console.log('notified', Atomics.notify(i32, 2), Atomics.notify(i32, 3));
  console.log('notified', Atomics.notify(i64, 1));
});
