function f(x) { return x ? 1 : 2; }
f(0);
