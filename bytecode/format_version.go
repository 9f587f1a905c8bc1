package bytecode

// FormatVersion is the version of the snapshot encoding in snapshot.go.
// Bump it whenever the bytes an encoder writes change meaning, so that
// every older .kbc file and compile-cache entry is refused with "rebuild it"
// instead of being misread. (Changes to the opcode table are caught by
// TableHash and need no bump.)
const FormatVersion = 10
