// import() of a file that is not there, from an ES module: the rejection
// carries node's loader frames, and its banner is the loader's throw.
await import('./_esm/not-here.mjs');
