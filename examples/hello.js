// The first program: run it with `go run ./cmd/kiln examples/hello.js`.
const who = process.argv[2] ?? 'world';
console.log(`Hello, ${who}!`);
