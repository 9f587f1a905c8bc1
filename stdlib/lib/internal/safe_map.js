// SafeMap is node's Map for its own bookkeeping (console._times is one):
// its prototype holds Map.prototype's methods as they were when this file
// loaded and inherits nothing, so a program that patches Map.prototype
// does not reach it, and `instanceof Map` is false there as in node.

class SafeMap extends Map {
  constructor(entries) {
    super(entries);
  }
}
for (const key of Reflect.ownKeys(Map.prototype)) {
  if (key !== 'constructor') {
    Object.defineProperty(SafeMap.prototype, key, Object.getOwnPropertyDescriptor(Map.prototype, key));
  }
}
Object.setPrototypeOf(SafeMap.prototype, null);
Object.freeze(SafeMap.prototype);
Object.freeze(SafeMap);

module.exports = { SafeMap };
