package parser

import "fmt"

// SyntaxError is a parse or early error. Line is 1-based; Column is 0-based
// and counted in UTF-16 code units, as V8 reports positions.
type SyntaxError struct {
	Msg    string
	Loc    int32
	Line   int
	Column int
	// File is the file name passed to Parse, if any.
	File string
}

func (e *SyntaxError) Error() string {
	if e.File != "" {
		return fmt.Sprintf("%s:%d:%d: SyntaxError: %s", e.File, e.Line, e.Column, e.Msg)
	}
	return fmt.Sprintf("%d:%d: SyntaxError: %s", e.Line, e.Column, e.Msg)
}
