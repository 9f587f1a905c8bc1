// Helper for module fixtures: adds to exports one property at a time and counts how often it is evaluated.
globalThis.mathLoads = (globalThis.mathLoads || 0) + 1;
exports.add = (a, b) => a + b;
exports.square = (x) => x * x;
exports.PI_ISH = 3.14;
let counter = 0;
exports.next = () => ++counter;
