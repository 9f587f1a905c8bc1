package kiln

import (
	"errors"
	"fmt"

	"github.com/kilnjs/kiln/parser"
	"github.com/kilnjs/kiln/vm"
)

// Exception is a JavaScript exception that reached the host: a value
// thrown and not caught, a promise's rejection that Await waited for, or a
// SyntaxError in code given to Run.
type Exception struct {
	value Value
	msg   string
	// File, Line and Column (both from 1) locate a SyntaxError in the
	// source (Line 0 when unknown, and for other exceptions, whose stack
	// says where they were thrown).
	File         string
	Line, Column int
}

// Error returns the exception as node prints it: an error's stack
// ("TypeError: x is not a function\n    at f (app.js:3:5)"), another value
// after "Uncaught", a SyntaxError after its position.
func (e *Exception) Error() string { return e.msg }

// Value returns the value thrown.
func (e *Exception) Value() Value { return e.value }

// exception wraps what JavaScript threw for the host.
func (r *Runtime) exception(exc *vm.Exception) *Exception {
	rt := r.vm
	e := &Exception{value: r.value(exc.Value)}
	v := exc.Value
	if inner := rt.Try(func() {
		if rt.IsError(v) {
			if s := rt.GetS(v, "stack"); s.IsString() {
				e.msg = rt.GoString(s)
				return
			}
			e.msg = rt.ErrorHeader(v)
			return
		}
		e.msg = "Uncaught " + rt.ToStringForDisplay(v)
	}); inner != nil || e.msg == "" {
		e.msg = "Uncaught exception"
	}
	return e
}

// syntaxError is the exception of source that does not compile.
func (r *Runtime) syntaxError(err error) *Exception {
	rt := r.vm
	var se *parser.SyntaxError
	if !errors.As(err, &se) {
		return &Exception{value: r.value(rt.NewError(vm.ErrSyntax, err.Error())), msg: "SyntaxError: " + err.Error()}
	}
	v := rt.NewError(vm.ErrSyntax, se.Msg)
	col := se.Column + 1 // the parser counts from 0
	return &Exception{value: r.value(v), msg: fmt.Sprintf("%s:%d:%d: SyntaxError: %s", se.File, se.Line, col, se.Msg),
		File: se.File, Line: se.Line, Column: col}
}
