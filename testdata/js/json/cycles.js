// Circular structures: the TypeError message that names the cycle path, and what is not a cycle.
const a = { name: 'a' };
a.self = a;
try {
  JSON.stringify(a);
} catch (e) {
  console.log(e.constructor.name);
  console.log(e.message);
}

const parent = { child: { list: [1, 2] } };
parent.child.list.push(parent);
try {
  JSON.stringify(parent);
} catch (e) {
  console.log(e.message);
}

class Node { constructor() { this.next = null; } }
const n1 = new Node();
const n2 = new Node();
n1.next = n2;
n2.next = n1;
try {
  JSON.stringify({ head: n1 });
} catch (e) {
  console.log(e.message);
}

const arr = [];
arr.push(arr);
try {
  JSON.stringify(arr);
} catch (e) {
  console.log(e.message);
}

const deep = { l1: { l2: { l3: { l4: {} } } } };
deep.l1.l2.l3.l4.back = deep.l1;
try {
  JSON.stringify(deep);
} catch (e) {
  console.log(e.message);
}

// A toJSON that builds a fresh object every time is not a cycle: it recurses until the stack overflows.
const viaToJSON = { toJSON() { return { again: viaToJSON }; } };
try {
  JSON.stringify(viaToJSON);
} catch (e) {
  console.log(e.constructor.name);
}

// Shared (non-circular) references are fine and duplicated in output.
const shared = { v: 1 };
console.log(JSON.stringify({ x: shared, y: shared, z: [shared, shared] }));

// A replacer can break cycles.
const seen = new WeakSet();
console.log(JSON.stringify(a, (k, v) => {
  if (typeof v === 'object' && v !== null) {
    if (seen.has(v)) return '[cycle]';
    seen.add(v);
  }
  return v;
}));

// Null-prototype cycle.
const bare = Object.create(null);
bare.me = bare;
try {
  JSON.stringify(bare);
} catch (e) {
  console.log(e.message);
}
