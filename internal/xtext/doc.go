// Package xtext holds Kiln's copy of the golang.org/x/text v0.44.0 packages
// (LICENSE in this folder) whose package initialisation every kiln process
// paid for: language and the internals it is built on, collate (with
// internal/colltab) for Intl.Collator and String.prototype.localeCompare, and
// feature/plural (with internal/number, internal/catmsg and message/catalog)
// for Intl.PluralRules. Each keeps its x/text path below this folder. The
// other x/text packages Kiln uses (unicode/norm, the encodings) import none
// of these and stay upstream's.
//
// The one kind of change from upstream: what upstream builds in package
// initialisation is built on first use. That is collate's ~100 locale tags;
// language's matcher tables (the aliases whose canonical form changes the
// script or region, the paradigm locales' maximised regions); compact's
// special tags; internal/language's variant and grandfathered-tag maps;
// plural's count map and the registration of its message handler;
// internal/number's numbering-system map and powers of ten. Each is behind a
// sync.Once that the functions reading it call first. A process that never
// uses Intl no longer runs any of it: a `console.log("hi")` from a snapshot
// runs 9% fewer instructions (callgrind, kiln-run: 1.85M → 1.68M); these
// packages' initialisation took 2.5% of its CPU time (perf). Everything else, tables included, is upstream's, byte for byte
// apart from import paths; update.sh (with update.py) redoes the copy and
// the changes for another x/text version, and stops where upstream changed
// under a change.
//
// The packages' own tests are not copied: test262's intl402 folders and
// vm's tests exercise them through Intl.
package xtext
