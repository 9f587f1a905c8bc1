// The + operator and ToPrimitive ordering: which of valueOf/toString/@@toPrimitive run, with what hint, in what order.
const log = [];
const make = (name, valueOf, toString) => ({
  valueOf() { log.push(`${name}.valueOf`); return valueOf; },
  toString() { log.push(`${name}.toString`); return toString; },
});
const a = make('a', 1, 'A');
const b = make('b', 2, 'B');
const run = (label, fn) => { log.length = 0; let r; try { r = fn(); } catch (e) { r = e.constructor.name; } console.log(label.padEnd(16), String(r).padEnd(6), log.join(' ')); };
run('a + b', () => a + b);
run('a + "x"', () => a + 'x');
run('`${a}${b}`', () => `${a}${b}`);
run('a < b', () => a < b);
run('b > a', () => b > a);
run('a == 1', () => a == 1);
run('a == "A"', () => a == 'A');
run('a === a', () => a === a);
run('a * b', () => a * b);
run('String(a)', () => String(a));
run('[a, b].join()', () => [a, b].join());
run('obj key', () => Object.keys({ [a]: 1 })[0]);
run('a in {}', () => a in { A: 1 });
run('+a', () => +a);
run('-a', () => -a);
run('a++', () => { let t = a; t++; return t; });
run('Number(a)', () => Number(a));
const objStr = make('s', {}, 'str');
run('s + 1', () => objStr + 1);
const neither = make('n', {}, {});
run('n + 1', () => neither + 1);
console.log([] + [], [] + {}, ({}) + [], [1, 2] + [3], [null] + [undefined], 1 + null, 1 + undefined, 'x' + null, true + true, [] - [], {} + 1);
console.log(1 + 2 + '3', '1' + 2 + 3, 1 + +'2', '3' - - '3', [2] * [3], '5' * [], 'b' + 'a' + +'a' + 'a');
const d = new Date(Date.UTC(2000, 0, 1));
console.log(typeof (d + 0), typeof (d - 0), d - 0, (d + 0).slice(0, 15), d == d.toString(), d == d.getTime(), d < d.getTime() + 1);
const prim = { [Symbol.toPrimitive](hint) { log.push(hint); return hint === 'number' ? 7 : 'seven'; } };
log.length = 0;
console.log(prim + '', prim + 1, prim * 1, `${prim}`, prim == 'seven', prim > 6, log.join(' '));
