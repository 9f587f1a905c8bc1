'use strict';
// Branches, functions never called and coverage comments.
class Shape {
  constructor(kind, size) {
    this.kind = kind;
    this.size = size;
  }

  area() {
    switch (this.kind) {
      case 'square':
        return this.size * this.size;
      case 'circle':
        return Math.PI * this.size * this.size;
      default:
        throw new Error(`unknown shape ${this.kind}`);
    }
  }

  describe() {
    return `${this.kind} of size ${this.size}`;
  }
}

const clamp = (x, lo, hi) => (x < lo ? lo : x > hi ? hi : x);

function never() {
  const parts = [];
  for (let i = 0; i < 3; i++) parts.push(i);
  return parts;
}

/* node:coverage ignore next */
function ignoredOne() { return 'not counted'; }

/* node:coverage ignore next 3 */
function ignoredThree() {
  return 'not counted either';
}

/* node:coverage disable */
function disabled() {
  return 'off';
}
/* node:coverage enable */

function after(flag) {
  if (flag) {
    return 'yes';
  }
  return 'no';
}

module.exports = { Shape, clamp, never, ignoredOne, ignoredThree, disabled, after };
