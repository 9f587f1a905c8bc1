'use strict';
// Helper: a strict-mode module exporting a class and a singleton instance.
class Counter {
  constructor() { this.count = 0; }
  inc() { this.count++; return this; }
}
function strictThis() { return this; }
module.exports = { Counter, shared: new Counter(), strictThis };
