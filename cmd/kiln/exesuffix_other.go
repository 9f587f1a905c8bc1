//go:build !windows

package main

// exeSuffix ends the name of the kiln-run that kiln build --exe looks for
// beside kiln.
const exeSuffix = ""
