// Generators as coroutines: two-way communication, a tiny scheduler, and a state machine driven by input.
function* accumulator() {
  let total = 0;
  while (true) {
    const x = yield total;
    if (x === null) return total;
    total += x;
  }
}
const acc = accumulator();
acc.next();
for (const n of [5, 10, 20]) console.log('running total', acc.next(n).value);
console.log(JSON.stringify(acc.next(null)));

// Round-robin scheduler over generator tasks.
function* task(name, steps) {
  for (let i = 1; i <= steps; i++) yield `${name}${i}`;
  return `${name} done`;
}
const tasks = [task('A', 3), task('B', 1), task('C', 2)];
const trace = [];
while (tasks.length) {
  const t = tasks.shift();
  const r = t.next();
  trace.push(r.value);
  if (!r.done) tasks.push(t);
}
console.log(trace.join(' '));

// A tokenizer state machine fed one character at a time.
function* tokenizer() {
  const tokens = [];
  let current = '';
  let ch;
  while ((ch = yield) !== undefined) {
    if (/\d/.test(ch)) current += ch;
    else {
      if (current) { tokens.push(Number(current)); current = ''; }
      if (ch.trim()) tokens.push(ch);
    }
  }
  if (current) tokens.push(Number(current));
  return tokens;
}
const tk = tokenizer();
tk.next();
for (const c of '12 + 345*6') tk.next(c);
console.log(JSON.stringify(tk.next(undefined).value));

// Driving an async-like flow synchronously with a generator runner (co-style).
function run(genFn) {
  const g = genFn();
  let r = g.next();
  while (!r.done) r = g.next(typeof r.value === 'function' ? r.value() : r.value);
  return r.value;
}
console.log(run(function* () {
  const a = yield () => 2;
  const b = yield () => a * 21;
  return `answer ${b}`;
}));

// Generator methods and this.
const counter = {
  start: 10,
  *count(n) { for (let i = 0; i < n; i++) yield this.start + i; },
};
console.log([...counter.count(3)].join());
