package parser

import "fmt"

// SyntaxError is a parse or early error. Line is 1-based; Column is 0-based
// and counted in UTF-16 code units, as V8 reports positions.
type SyntaxError struct {
	Msg    string
	Loc    int32
	Line   int
	Column int
	// EndLine and EndColumn end (exclusively) the range of source V8
	// underlines for this error, such as a whole token or an invalid
	// assignment target; EndLine is 0 when the error marks one character.
	EndLine, EndColumn int
	// File is the file name passed to Parse, if any.
	File string

	end    int32 // the range's end as a byte offset, when ranged
	ranged bool
}

func (e *SyntaxError) Error() string {
	if e.File != "" {
		return fmt.Sprintf("%s:%d:%d: SyntaxError: %s", e.File, e.Line, e.Column, e.Msg)
	}
	return fmt.Sprintf("%d:%d: SyntaxError: %s", e.Line, e.Column, e.Msg)
}
