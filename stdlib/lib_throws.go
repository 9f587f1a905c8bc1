package stdlib

import "strings"

// Kiln's library throws some errors from lines that stand for node's own:
// an 'error' event nobody listens to (node:events), what a listener of an
// event target threw (node:internal/event_target, which a worker's
// messages go through). Uncaught, node's banner names its file and line
// and quotes that line; Kiln's library has the same file names and the
// same statements, at other lines. So a banner whose throw is one of these
// statements names node's line (node v20.20's), found by the statement's
// text rather than Kiln's line number, which moves as the library is edited.

// nodeLibThrows are the statements, as node's files indent them.
var nodeLibThrows = [...]nodeThrow{
	{"node:events", 502, "      throw er; // Unhandled 'error' event"},
	{"node:events", 515, "    throw err; // Unhandled 'error' event"},
	{"node:internal/event_target", 1105, "  process.nextTick(() => { throw err; });"},
}

// nodeLibLine is where node has the statement src (Kiln's line of file,
// with its caret at the 0-based column col): node's line, its text and the
// caret's column there; ok is false when src is not one of the table's.
func nodeLibLine(file, src string, col int) (line int, nodeSrc string, nodeCol int, ok bool) {
	if !strings.HasPrefix(file, "node:") {
		return 0, "", 0, false
	}
	text := strings.TrimLeft(src, " ")
	for _, t := range nodeLibThrows {
		if t.file == file && strings.TrimLeft(t.src, " ") == text {
			indent := len(t.src) - len(t.src[len(t.src)-len(text):])
			return t.line, t.src, col - (len(src) - len(text)) + indent, true
		}
	}
	return 0, "", 0, false
}
