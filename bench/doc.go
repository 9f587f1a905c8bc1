// Package bench runs Kiln's benchmark suite against other JavaScript
// runtimes and reports the result.
//
// It owns the harness behind `kiln bench`: finding the programs in
// bench/programs (each a self-checking .js file doing a fixed amount of
// work), running them on Kiln and on its peers in alternation, and turning
// the wall times and peak resident sizes into a table, JSON or Markdown.
//
// It must not be a timed test: nothing here asserts a duration. The test of
// this package runs every program in its short mode (KILN_BENCH_SHORT=1) on
// Kiln and on node only to prove that each passes its own check.
//
// Main types: Runtime (a command that runs a script), Config (what to run),
// Report (every measurement, with Markdown and text renderings; its JSON
// form is what --json writes and ReadReport reads back).
package bench
