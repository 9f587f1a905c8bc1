package compiler

import "github.com/kilnjs/kiln/parser"

// pseudoUse says which of this/new.target/home/function the arrows (and
// direct evals) of one non-arrow function need from it.
type pseudoUse [numPseudo]bool

// arrowPseudo is what the arrows of the function-like scope s use from it,
// as the resolver recorded it (parser.Scope.ArrowUses): super.x reads this
// and the home object, super(...) this, new.target and the running function
// (the derived constructor whose constructor it calls).
func arrowPseudo(s *parser.Scope) pseudoUse {
	var u pseudoUse
	if s == nil {
		return u
	}
	a := s.ArrowUses
	if a&parser.ArrowThis != 0 {
		u[pseudoThis] = true
	}
	if a&parser.ArrowNewTarget != 0 {
		u[pseudoNewTarget] = true
	}
	if a&parser.ArrowSuper != 0 {
		u[pseudoThis], u[pseudoHome] = true, true
	}
	if a&parser.ArrowSuperCall != 0 {
		u[pseudoThis], u[pseudoNewTarget], u[pseudoFunc] = true, true, true
	}
	return u
}
