// IteratorClose: return() is called on break, return, throw, and partial destructuring, but not on exhaustion or when next throws.
function tracked(label, n = 5) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { i++; return { value: i, done: i > n }; },
    return(v) { console.log(`${label}: return() called after ${i}, arg ${v}`); return { done: true }; },
  };
}
for (const v of tracked('break')) if (v === 2) break;
(function () { for (const v of tracked('return in loop')) if (v === 3) return; })();
try {
  for (const v of tracked('throw in body')) throw new Error('boom');
} catch (e) {
  console.log('caught', e.message);
}
outer: for (const a of [1, 2]) {
  for (const b of tracked('labeled continue')) continue outer;
}
for (const v of tracked('exhausted', 2)) {}
console.log('no return call on exhaustion');
const [x, y] = tracked('destructuring');
console.log('destructured', x, y);
const [...all] = tracked('rest destructuring', 2);
console.log('rest took all', all.length);

// next throwing: return is not called.
const nextThrows = {
  [Symbol.iterator]() { return this; },
  next() { throw new Error('next failed'); },
  return() { console.log('must not be called'); return {}; },
};
try {
  for (const v of nextThrows) {}
} catch (e) {
  console.log(e.message);
}

// return throwing: the body's exception wins over return's; on break, return's exception surfaces.
const returnThrows = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 1, done: false }; },
  return() { throw new Error('return failed'); },
};
try {
  for (const v of returnThrows) throw new Error('body error');
} catch (e) {
  console.log('throw completion keeps:', e.message);
}
try {
  for (const v of returnThrows) break;
} catch (e) {
  console.log('break surfaces:', e.message);
}

// return must return an object (checked on break only).
const returnsPrimitive = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 1, done: false }; },
  return() { return 5; },
};
try {
  for (const v of returnsPrimitive) break;
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Generators run finally blocks when closed.
function* gen() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('generator finally');
  }
}
for (const v of gen()) break;

// Built-ins that close iterators: Array.from with a throwing mapper, Map constructor with bad entries, Promise.all with a throwing resolve.
try {
  Array.from(tracked('Array.from mapper'), () => { throw new Error('mapper'); });
} catch (e) {}
try {
  new Map(tracked('Map bad entry'));
} catch (e) {}
