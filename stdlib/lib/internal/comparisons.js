// Deep equality as node v20's assert.deepEqual (loose) and
// assert.deepStrictEqual / util.isDeepStrictEqual (strict) define it.
//
// Strict mode compares primitives with Object.is, requires the same
// prototype, and counts enumerable own symbols; loose mode compares
// primitives with == and ignores prototypes. Both require the same
// Object.prototype.toString tag and then compare by what the object really
// is (binding.kindOf asks the engine, so a Date with a changed prototype is
// still a Date). Cycles are handled by a memo of the pairs being compared:
// meeting a pair again while it is still open counts as equal when both
// sides were entered at the same depth.

const { kindOf, primitiveOf, entries, bytesEqual, ownNonIndexKeys } = binding;

const objectToString = Object.prototype.toString;
const hasOwn = Object.prototype.hasOwnProperty;
const isEnumerable = Object.prototype.propertyIsEnumerable;
const getProto = Object.getPrototypeOf;

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function kind(v) {
  return isObjectLike(v) ? kindOf(v) : '';
}

function isErrorLike(v, k) {
  return k === 'error' || v instanceof Error;
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function sameFloatElements(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameBoxed(a, b) {
  const pa = primitiveOf(a);
  const pb = primitiveOf(b);
  if (typeof pa !== typeof pb) return false;
  return typeof pa === 'number' ? Object.is(pa, pb) : pa === pb;
}

function isFloatArray(v) {
  return v instanceof Float32Array || v instanceof Float64Array ||
    objectToString.call(v) === '[object Float32Array]' || objectToString.call(v) === '[object Float64Array]';
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    return val1 !== 0 || !strict || Object.is(val1, val2);
  }
  if (strict) {
    if (typeof val1 !== 'object') {
      return typeof val1 === 'number' && Number.isNaN(val1) && Number.isNaN(val2);
    }
    if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
    if (getProto(val1) !== getProto(val2)) return false;
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }
  if (objectToString.call(val1) !== objectToString.call(val2)) return false;

  const k1 = kindOf(val1);
  const k2 = kindOf(val2);
  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    const keys1 = ownNonIndexKeys(val1, strict);
    const keys2 = ownNonIndexKeys(val2, strict);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
  }
  if (objectToString.call(val1) === '[object Object]' && k1 === 'object') {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  }
  if (k1 === 'date') {
    if (k2 !== 'date' || !Object.is(primitiveOf(val1), primitiveOf(val2))) return false;
  } else if (k1 === 'regexp') {
    if (k2 !== 'regexp' || !sameRegExp(val1, val2)) return false;
  } else if (isErrorLike(val1, k1)) {
    if (!isErrorLike(val2, k2) || val1.message !== val2.message || val1.name !== val2.name) return false;
    if (!innerDeepEqual(val1.cause, val2.cause, strict, memos)) return false;
    if (!innerDeepEqual(val1.errors, val2.errors, strict, memos)) return false;
  } else if (k1 === 'typedarray' || k1 === 'dataview') {
    if (k2 !== k1) return false;
    if (!strict && k1 === 'typedarray' && isFloatArray(val1)) {
      if (!sameFloatElements(val1, val2)) return false;
    } else if (val1.byteLength !== val2.byteLength || !bytesEqual(val1, val2)) {
      return false;
    }
    const keys1 = ownNonIndexKeys(val1, strict);
    const keys2 = ownNonIndexKeys(val2, strict);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
  } else if (k1 === 'set') {
    if (k2 !== 'set' || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (k1 === 'map') {
    if (k2 !== 'map' || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (k1 === 'arraybuffer') {
    if (k2 !== 'arraybuffer' || val1.byteLength !== val2.byteLength || !bytesEqual(val1, val2)) return false;
  } else if (k1 === 'boxed') {
    if (k2 !== 'boxed' || !sameBoxed(val1, val2)) return false;
  } else if (k2 === 'array' || k2 === 'typedarray' || k2 === 'dataview' || k2 === 'set' || k2 === 'map' ||
    k2 === 'date' || k2 === 'regexp' || k2 === 'arraybuffer' || k2 === 'boxed' || isErrorLike(val2, k2)) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function enumerableCount(obj, keys) {
  let n = 0;
  for (const k of keys) {
    if (isEnumerable.call(obj, k)) n++;
  }
  return n;
}

function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
  const ownKeysGiven = aKeys !== undefined;
  if (!ownKeysGiven) {
    aKeys = Object.keys(val1);
    if (aKeys.length !== Object.keys(val2).length) return false;
  }
  for (const key of aKeys) {
    if (!isEnumerable.call(val2, key)) return false;
  }
  if (strict && !ownKeysGiven) {
    const symbolsA = Object.getOwnPropertySymbols(val1);
    if (symbolsA.length !== 0) {
      let count = 0;
      for (const key of symbolsA) {
        if (isEnumerable.call(val1, key)) {
          if (!isEnumerable.call(val2, key)) return false;
          aKeys.push(key);
          count++;
        } else if (isEnumerable.call(val2, key)) {
          return false;
        }
      }
      const symbolsB = Object.getOwnPropertySymbols(val2);
      if (symbolsA.length !== symbolsB.length && enumerableCount(val2, symbolsB) !== count) return false;
    } else {
      const symbolsB = Object.getOwnPropertySymbols(val2);
      if (symbolsB.length !== 0 && enumerableCount(val2, symbolsB) !== 0) return false;
    }
  }
  if (aKeys.length === 0 &&
    (iterationType === kNoIterator || (iterationType === kIsArray && val1.length === 0) || val1.size === 0)) {
    return true;
  }

  if (memos === undefined) {
    memos = { val1: new Map(), val2: new Map(), position: 0 };
  } else {
    const memoA = memos.val1.get(val1);
    if (memoA !== undefined) {
      const memoB = memos.val2.get(val2);
      if (memoB !== undefined) return memoA === memoB;
    }
    memos.position++;
  }
  memos.val1.set(val1, memos.position);
  memos.val2.set(val2, memos.position);
  const equal = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  memos.val1.delete(val1);
  memos.val2.delete(val2);
  return equal;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn.call(a, i)) {
        if (!hasOwn.call(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn.call(b, i)) {
        return false;
      } else {
        // A hole: from here on compare the remaining own keys by name.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn.call(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function setValues(s) {
  return entries(s);
}

function mapPairs(m) {
  const flat = entries(m);
  const out = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i], flat[i + 1]]);
  return out;
}

// looseAlternative is what a primitive that a Set or Map lacks could still
// equal loosely: null when nothing can (the answer is "no match"),
// false/true as a final answer, or the other nullish value.
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
    // falls through
    case 'number':
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrim(a, b, prim, item, memos) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  const curB = b.get(alt);
  if ((curB === undefined && !b.has(alt)) || !innerDeepEqual(item, curB, false, memos)) return false;
  return !a.has(alt) && innerDeepEqual(item, curB, false, memos);
}

function setHasEqualElement(set, val, strict, memos) {
  for (const other of set) {
    if (innerDeepEqual(val, other, strict, memos)) {
      set.delete(other);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  let set = null;
  for (const val of setValues(a)) {
    if (typeof val === 'object' && val !== null) {
      set ??= new Set();
      set.add(val);
    } else if (!b.has(val)) {
      if (strict || !setMightHaveLoosePrim(a, b, val)) return false;
      set ??= new Set();
      set.add(val);
    }
  }
  if (set === null) return true;
  for (const val of setValues(b)) {
    if (typeof val === 'object' && val !== null) {
      if (!setHasEqualElement(set, val, strict, memos)) return false;
    } else if (!strict && !a.has(val) && !setHasEqualElement(set, val, strict, memos)) {
      return false;
    }
  }
  return set.size === 0;
}

function mapHasEqualEntry(set, map, key1, item1, strict, memos) {
  for (const key2 of set) {
    if (innerDeepEqual(key1, key2, strict, memos) && innerDeepEqual(item1, map.get(key2), strict, memos)) {
      set.delete(key2);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let set = null;
  for (const [key, item1] of mapPairs(a)) {
    if (typeof key === 'object' && key !== null) {
      set ??= new Set();
      set.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memos)) {
        if (strict || !mapMightHaveLoosePrim(a, b, key, item1, memos)) return false;
        set ??= new Set();
        set.add(key);
      }
    }
  }
  if (set === null) return true;
  for (const [key, item] of mapPairs(b)) {
    if (typeof key === 'object' && key !== null) {
      if (!mapHasEqualEntry(set, a, key, item, strict, memos)) return false;
    } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, false, memos)) &&
      !mapHasEqualEntry(set, a, key, item, false, memos)) {
      return false;
    }
  }
  return set.size === 0;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true);
}

module.exports = { isDeepEqual, isDeepStrictEqual, kind };
