// Package stdlib is where the JavaScript engine meets the operating system:
// Node's module loader (CommonJS now, ES modules later), `process`,
// `console`, timers on the event loop, and the built-in modules (fs, path,
// events, util, buffer, ...).
//
// A Node is one isolate: a vm.Runtime, its loop.Loop, the module cache and
// the tick queue. Run executes a main file the way `node file.js` does and
// returns the process exit code.
//
// The package uses the vm only through its exported API, and never blocks
// the loop: blocking work goes to the loop's worker pool.
package stdlib
