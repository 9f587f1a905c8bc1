// Command test262 runs the ECMAScript conformance suite (tc39/test262) against a JavaScript engine and compares the
// outcome with a checked-in baseline, so that conformance only goes up.
//
//	go run ./test262 [-suite PATH] [-j N] [-timeout D] [-results FILE] [-engine NAME] [-update] [PREFIX...]
//
// It owns reading the pinned suite (a .tar.gz verified against the .sha256 beside it, or an extracted folder),
// parsing each test's YAML frontmatter, choosing the runs INTERPRETING.md asks for (sloppy and strict, module, raw,
// async, negative), the skip list in the file config, the worker processes that isolate the engine, and the outputs:
// results.jsonl, a pass/fail/skip table per folder, and the baseline (baseline.txt) of every test×mode that does not
// pass yet.
//
// It must not know how an engine works. An engine is anything implementing [Engine], registered by name in
// engines from an init function in its own file (engine_node.go here; the Kiln VM's adapter goes in engine_kiln.go).
// The runner re-executes itself with the hidden -worker flag; each worker process constructs one Engine and runs
// jobs sent as JSON lines on its stdin (see worker.go for the protocol), so a test that hangs or crashes costs one
// worker, which is killed and replaced, never the run.
//
// Main types: [Engine], [Request], [Result] (the engine boundary); meta (a parsed frontmatter); suite (the files of
// the archive); record (one line of results.jsonl); baseline.
package main
