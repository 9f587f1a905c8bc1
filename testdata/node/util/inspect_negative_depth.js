// util.inspect with a negative depth: node abbreviates every object, the one inspected too
// ([Object], [Array], [Map]), and passes the negative depth to a custom inspect function;
// Kiln clamped it to 0 and showed the top level.
const util = require('util');
console.log(util.inspect({a:{b:{c:1}}}, {depth: -1}));
console.log(util.inspect([1,[2,[3]]], {depth: -1}));
console.log(util.inspect({a:1}, {depth: -1}));
console.log(util.inspect(new Map([[1,{x:1}]]), {depth: -1}));
console.log(util.inspect(new Map([[1,{x:1}]]), {depth: 0}));
console.log(util.inspect({a:{b:1}}, {depth: null}));
console.log(util.inspect({a:{b:1}}, {depth: -Infinity}));
console.log(util.inspect({a:{b:1}}, {depth: -0.5}));
console.log(util.inspect({a:{b:1}}, {depth: 0.5}));
console.log(util.inspect('str', {depth: -1}), util.inspect(5, {depth: -1}), util.inspect(null, {depth: -1}));
console.log(util.inspect([], {depth: -1}), util.inspect({}, {depth: -1}), util.inspect(new Set(), {depth: -1}));
console.log(util.inspect(function f() {}, {depth: -1}), util.inspect(new Error('e'), {depth: -1}).split('\n')[0]);
class C { [util.inspect.custom](d, o) { return 'custom ' + d + ' ' + o.depth; } }
console.log(util.inspect(new C(), {depth: -1}), util.inspect({c: new C()}, {depth: -2}), util.inspect({c: new C()}, {depth: 3}));
console.dir({a:{b:1}}, {depth: -1});
console.log(util.inspect(new (class Foo {})(), {depth: -1}), util.inspect(Object.create(null), {depth: -1}));
console.log(util.inspect(new Date(0), {depth: -1}), util.inspect(/x/g, {depth: -1}), util.inspect(Symbol('s'), {depth: -1}));
console.log(util.inspect(Promise.resolve(1), {depth: -1}), util.inspect(new Uint8Array(2), {depth: -1}));
