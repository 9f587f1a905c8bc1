// Nesting beyond depth 2 is abbreviated as [Object] / [Array] / [Foo]; empty containers print fully.
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log({ a: { b: { c: [1] } } });
console.log([[[[1, 2]]]]);
console.log([[[[]]]]);
class Foo { constructor() { this.x = 1; } }
console.log({ l1: { l2: { l3: new Foo() } } });
console.log({ l1: { l2: { l3: new Map([[1, 2]]) } } });
console.log({ l1: { l2: { l3: new Set([1]) } } });
console.log({ l1: { l2: { l3: Object.create(null) } } });
console.log({ l1: { l2: { l3: () => {} } } });
console.log({ l1: { l2: { l3: new Date(0) } } });
console.log({ l1: { l2: { l3: /re/ } } });
console.log({ l1: { l2: { l3: new Uint8Array(2) } } });
console.log([{ a: [{ b: [{ c: 1 }] }] }]);
console.log({ arr: [[1, [2, [3, [4]]]]] });
