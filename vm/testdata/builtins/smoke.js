// The smallest end-to-end check of the pipeline.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log('fib', fib(15));
class A { constructor(v) { this.v = v; } get double() { return this.v * 2; } }
class B extends A { constructor() { super(21); } }
console.log(new B().double);
let s = 0;
for (let i = 0; i < 10; i++) s += i;
console.log(s);
