// Package xtext holds Kiln's copy of the golang.org/x/text v0.44.0 packages
// (LICENSE in this folder) whose package initialisation every kiln process
// paid for: language and the internals it is built on, collate (with
// internal/colltab) for Intl.Collator and String.prototype.localeCompare, and
// feature/plural (with internal/number) for Intl.PluralRules. Each keeps its
// x/text path below this folder. The other x/text packages Kiln uses
// (unicode/norm, the encodings) import none of these and stay upstream's.
//
// Kiln's changes, all so that no code runs for these packages before main
// (cmd/kiln's TestNoKilnPackageInitialises holds them to it, as every Kiln
// package):
//   - What upstream builds in package initialisation is built on first use,
//     behind a sync.Once that the functions reading it call first: collate's
//     ~100 locale tags; language's matcher tables (the aliases whose
//     canonical form changes the script or region, the paradigm locales'
//     maximised regions) and its Accept-Language fallbacks; compact's special
//     tags; internal/language's variant and grandfathered-tag maps;
//     internal/number's numbering-system map and powers of ten.
//   - plural's Rules are laid out by the linker (upstream sliced a slice
//     variable in their literal, a no-op that made the compiler build them
//     at start-up).
//   - Left out: language's named tags (English, ...: each copied one of
//     compact's at start-up, and Kiln uses none), and plural's message API
//     (Selectf, for x/text's message catalogue, which Kiln does not use;
//     with it go internal/catmsg, message/catalog and their handler
//     registrations).
//
// A `console.log("hi")` from a snapshot runs 9% fewer instructions for it
// (callgrind, kiln-run: 1.85M → 1.68M); perf put these packages'
// initialisation at 2.5% of that process's CPU time. Everything else, tables
// included, is upstream's, byte for byte apart from import paths; update.sh
// (with update.py) redoes the copy and the changes for another x/text
// version, and stops where upstream changed under a change.
//
// The packages' own tests are not copied: test262's intl402 folders and
// vm's tests exercise them through Intl.
package xtext
