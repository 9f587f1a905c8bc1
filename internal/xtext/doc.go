// Package xtext holds Kiln's copy of two packages of golang.org/x/text
// v0.44.0 (LICENSE in this folder): collate and the internal/colltab it
// is built on, which Intl.Collator and String.prototype.localeCompare use.
//
// The one change from upstream: collate parsed its ~100 locale tags in a
// package init function, so every process that linked it paid for the
// parse, and for faulting in the language tables it reads, before main
// ran: 0.13 ms of the 2.2 ms a `console.log("hi")` took from a snapshot,
// measured with Go programs that import the same packages with and without
// collate. Here the tags are parsed the first time a collator is made
// (collate.localeTags). Everything else, tables included, is upstream's,
// byte for byte apart from import paths; update.sh redoes the copy for
// another x/text version.
package xtext
