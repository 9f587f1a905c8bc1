// Kiln's: update-esbuild.sh copies this file from third_party/esbuild-kiln/ts_metadata.go.in.

package js_parser

// TypeScript's "emitDecoratorMetadata": with experimental decorators, tsc
// adds __metadata("design:type" | "design:paramtypes" | "design:returntype",
// value) to each decorated class and member, where value is the runtime
// value a type annotation names. Dependency injection (NestJS, inversify,
// tsyringe) and ORMs (TypeORM, MikroORM) read it through reflect-metadata.
//
// esbuild skips types without keeping them, so the parser records where
// each parameter, return and field annotation is (Arg.TSType,
// Fn.TSReturnType, Property.TSType), and the lowering serializes that text
// here. Without a type checker a name's kind is unknown, so a type
// reference becomes `typeof X === "function" ? X : Object`, which is what
// tsc emits for a single file (isolatedModules, transpileModule): a class
// gives itself, an interface gives Object. Enums and type aliases of the
// file are resolved as transpileModule resolves them. Referring to the name
// keeps its import alive, as tsc does.

import (
	"strings"

	"github.com/evanw/esbuild/internal/ast"
	"github.com/evanw/esbuild/internal/config"
	"github.com/evanw/esbuild/internal/helpers"
	"github.com/evanw/esbuild/internal/js_ast"
	"github.com/evanw/esbuild/internal/js_lexer"
	"github.com/evanw/esbuild/internal/logger"
)

// tsTypeRange is the annotation that started at start and ends before the
// current token, without the blanks in between.
func (p *parser) tsTypeRange(start logger.Loc) logger.Range {
	end := p.lexer.Loc().Start
	if end <= start.Start {
		return logger.Range{}
	}
	text := strings.TrimRight(p.source.Contents[start.Start:end], " \t\r\n")
	return logger.Range{Loc: start, Len: int32(len(text))}
}

// tsRecordTypeAlias keeps where a type alias's type is, for the metadata
// of the names that refer to it.
func (p *parser) tsRecordTypeAlias(name string, start logger.Loc) {
	if !p.tsEmitsMetadata() {
		return
	}
	if p.tsTypeAliases == nil {
		p.tsTypeAliases = make(map[string]logger.Range)
	}
	p.tsTypeAliases[name] = p.tsTypeRange(start)
}

func (p *parser) tsEmitsMetadata() bool {
	return p.options.ts.Parse && p.options.ts.Config.ExperimentalDecorators == config.True &&
		p.options.ts.Config.EmitDecoratorMetadata == config.True
}

func (p *parser) tsTypeText(r logger.Range) string {
	if r.Len == 0 {
		return ""
	}
	return p.source.Contents[r.Loc.Start : r.Loc.Start+r.Len]
}

func (p *parser) tsMetadataDecorator(loc logger.Loc, key string, value js_ast.Expr) js_ast.Decorator {
	return js_ast.Decorator{
		Value: p.callRuntime(loc, "__metadata", []js_ast.Expr{
			{Loc: loc, Data: &js_ast.EString{Value: helpers.StringToUTF16(key)}},
			value,
		}),
		AtLoc: loc,
	}
}

// tsParamTypes is the array of a function's parameter types; a rest
// parameter gives its element type.
func (p *parser) tsParamTypes(loc logger.Loc, fn *js_ast.Fn) js_ast.Expr {
	items := make([]js_ast.Expr, 0, len(fn.Args))
	for i, arg := range fn.Args {
		toks := tsTypeTokens(p.tsTypeText(arg.TSType))
		if fn.HasRestArg && i == len(fn.Args)-1 {
			toks = tsRestElementType(toks)
		}
		items = append(items, p.tsSerializedExpr(loc, p.tsSerializeType(toks)))
	}
	return js_ast.Expr{Loc: loc, Data: &js_ast.EArray{Items: items}}
}

// tsMemberMetadata is what tsc adds to a decorated member's decorators.
func (p *parser) tsMemberMetadata(prop js_ast.Property) []js_ast.Decorator {
	loc := prop.Key.Loc
	switch prop.Kind {
	case js_ast.PropertyField, js_ast.PropertyDeclareOrAbstract, js_ast.PropertyAutoAccessor:
		t := p.tsSerializeType(tsTypeTokens(p.tsTypeText(prop.TSType)))
		return []js_ast.Decorator{p.tsMetadataDecorator(loc, "design:type", p.tsSerializedExpr(loc, t))}
	}
	fn, ok := prop.ValueOrNil.Data.(*js_ast.EFunction)
	if !ok {
		return nil
	}
	switch prop.Kind {
	case js_ast.PropertyGetter:
		t := p.tsSerializeType(tsTypeTokens(p.tsTypeText(fn.Fn.TSReturnType)))
		return []js_ast.Decorator{
			p.tsMetadataDecorator(loc, "design:type", p.tsSerializedExpr(loc, t)),
			p.tsMetadataDecorator(loc, "design:paramtypes", p.tsParamTypes(loc, &fn.Fn)),
		}
	case js_ast.PropertySetter:
		var t tsSerialized
		if len(fn.Fn.Args) > 0 {
			t = p.tsSerializeType(tsTypeTokens(p.tsTypeText(fn.Fn.Args[0].TSType)))
		} else {
			t = tsSerialized{name: "Object"}
		}
		return []js_ast.Decorator{
			p.tsMetadataDecorator(loc, "design:type", p.tsSerializedExpr(loc, t)),
			p.tsMetadataDecorator(loc, "design:paramtypes", p.tsParamTypes(loc, &fn.Fn)),
		}
	}
	var ret tsSerialized
	if fn.Fn.TSReturnType.Len > 0 {
		ret = p.tsSerializeType(tsTypeTokens(p.tsTypeText(fn.Fn.TSReturnType)))
	} else if fn.Fn.IsAsync {
		ret = tsSerialized{name: "Promise"}
	} else {
		ret = tsSerialized{isVoid: true}
	}
	return []js_ast.Decorator{
		p.tsMetadataDecorator(loc, "design:type", p.tsSerializedExpr(loc, tsSerialized{name: "Function"})),
		p.tsMetadataDecorator(loc, "design:paramtypes", p.tsParamTypes(loc, &fn.Fn)),
		p.tsMetadataDecorator(loc, "design:returntype", p.tsSerializedExpr(loc, ret)),
	}
}

// tsSerialized is a serialized type: void 0, a global such as String, or a
// reference to a name (A or A.B) that may or may not be a value.
type tsSerialized struct {
	name   string
	isRef  bool
	isVoid bool
}

// tsSerializedExpr makes the value expression, its names bound where they
// stand as if written there.
func (p *parser) tsSerializedExpr(loc logger.Loc, t tsSerialized) js_ast.Expr {
	if t.isVoid {
		return js_ast.Expr{Loc: loc, Data: js_ast.EUndefinedShared}
	}
	if !t.isRef {
		return p.tsVisitedName(loc, t.name)
	}
	parts := strings.Split(t.name, ".")
	path := func() js_ast.Expr {
		e := p.tsName(loc, parts[0])
		for _, part := range parts[1:] {
			e = js_ast.Expr{Loc: loc, Data: &js_ast.EDot{Target: e, Name: part, NameLoc: loc}}
		}
		return e
	}
	// A name that is no binding (an interface, a type alias) must stay a
	// bare typeof operand, which the printer keeps only when told.
	typeOf := func(e js_ast.Expr) js_ast.Expr {
		_, isName := e.Data.(*js_ast.EIdentifier)
		return js_ast.Expr{Loc: loc, Data: &js_ast.EUnary{Op: js_ast.UnOpTypeof, Value: e, WasOriginallyTypeofIdentifier: isName}}
	}
	str := func(s string) js_ast.Expr {
		return js_ast.Expr{Loc: loc, Data: &js_ast.EString{Value: helpers.StringToUTF16(s)}}
	}
	test := js_ast.Expr{Loc: loc, Data: &js_ast.EBinary{Op: js_ast.BinOpStrictEq, Left: typeOf(path()), Right: str("function")}}
	if len(parts) > 1 {
		// A namespace that is only a type is not there to read from.
		defined := js_ast.Expr{Loc: loc, Data: &js_ast.EBinary{Op: js_ast.BinOpStrictNe,
			Left: typeOf(p.tsName(loc, parts[0])), Right: str("undefined")}}
		test = js_ast.Expr{Loc: loc, Data: &js_ast.EBinary{Op: js_ast.BinOpLogicalAnd, Left: defined, Right: test}}
	}
	cond := js_ast.Expr{Loc: loc, Data: &js_ast.EIf{Test: test, Yes: path(), No: p.tsName(loc, "Object")}}
	return p.visitExpr(cond)
}

// tsEnumKind is what tsc (transpileModule too) serializes an enum of this
// file as, when name is one declared before: Number or String when all its
// members are, else Object.
func (p *parser) tsEnumKind(name string) (string, bool) {
	ns, ok := p.tsLocalEnum(name)
	if !ok {
		return "", false
	}
	numbers, strs := 0, 0
	for _, m := range ns.ExportedMembers {
		switch m.Data.(type) {
		case *js_ast.TSNamespaceMemberEnumNumber:
			numbers++
		case *js_ast.TSNamespaceMemberEnumString:
			strs++
		default:
			return "Object", true
		}
	}
	switch {
	case strs == 0:
		return "Number", true
	case numbers == 0:
		return "String", true
	}
	return "Object", true
}

// tsLocalEnum finds the enum of this file that name, as it stands here,
// binds: the nearest declaration of the name, when that one is an enum.
func (p *parser) tsLocalEnum(name string) (*js_ast.TSNamespaceMemberNamespace, bool) {
	for s := p.currentScope; s != nil; s = s.Parent {
		member, ok := s.Members[name]
		if !ok {
			continue
		}
		ns, ok := p.refToTSNamespaceMemberData[member.Ref].(*js_ast.TSNamespaceMemberNamespace)
		if !ok || p.symbols[member.Ref.InnerIndex].Kind != ast.SymbolTSEnum {
			return nil, false
		}
		return ns, true
	}
	return nil, false
}

// tsEnumMemberKind is what tsc serializes the type of member of an enum of
// this file as: Number or String by the member's value, else Object.
func (p *parser) tsEnumMemberKind(enum, member string) (string, bool) {
	ns, ok := p.tsLocalEnum(enum)
	if !ok {
		return "", false
	}
	m, ok := ns.ExportedMembers[member]
	if !ok {
		return "", false
	}
	switch m.Data.(type) {
	case *js_ast.TSNamespaceMemberEnumNumber:
		return "Number", true
	case *js_ast.TSNamespaceMemberEnumString:
		return "String", true
	}
	return "Object", true
}

func (p *parser) tsName(loc logger.Loc, name string) js_ast.Expr {
	return js_ast.Expr{Loc: loc, Data: &js_ast.EIdentifier{Ref: p.storeNameInRef(js_lexer.MaybeSubstring{String: name})}}
}

func (p *parser) tsVisitedName(loc logger.Loc, name string) js_ast.Expr {
	return p.visitExpr(p.tsName(loc, name))
}

// tsTypeTokens splits a type annotation into tokens: names, numbers,
// string literals (kept with their quote), "=>", "..." and single
// punctuation; comments and blanks go.
func tsTypeTokens(text string) []string {
	var toks []string
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			i++
		case strings.HasPrefix(text[i:], "//"):
			for i < len(text) && text[i] != '\n' {
				i++
			}
		case strings.HasPrefix(text[i:], "/*"):
			end := strings.Index(text[i+2:], "*/")
			if end < 0 {
				return toks
			}
			i += end + 4
		case c == '\'' || c == '"' || c == '`':
			j := i + 1
			for j < len(text) && text[j] != c {
				if text[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(text) {
				return append(toks, text[i:])
			}
			toks = append(toks, text[i:j+1])
			i = j + 1
		case strings.HasPrefix(text[i:], "=>"), strings.HasPrefix(text[i:], "?."):
			toks = append(toks, text[i:i+2])
			i += 2
		case strings.HasPrefix(text[i:], "..."):
			toks = append(toks, "...")
			i += 3
		case tsIsNameByte(c):
			j := i
			for j < len(text) && tsIsNameByte(text[j]) {
				j++
			}
			toks = append(toks, text[i:j])
			i = j
		default:
			toks = append(toks, text[i:i+1])
			i++
		}
	}
	return toks
}

func tsIsNameByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// tsRestElementType is the element type of a rest parameter's array type
// (T[] or Array<T>), none when it is something else.
func tsRestElementType(toks []string) []string {
	n := len(toks)
	if n >= 3 && toks[n-2] == "[" && toks[n-1] == "]" {
		return toks[:n-2]
	}
	if n >= 4 && (toks[0] == "Array" || toks[0] == "ReadonlyArray") && toks[1] == "<" && toks[n-1] == ">" {
		return toks[2 : n-1]
	}
	return nil
}

// tsSerializeType follows tsc's serializeTypeNode on the tokens of one type.
func (p *parser) tsSerializeType(toks []string) tsSerialized {
	object := tsSerialized{name: "Object"}
	if len(toks) == 0 {
		return object
	}
	// Split at the top level: unions and intersections, function types and
	// conditional types.
	var parts [][]string
	depth, start := 0, 0
	isUnion, isIntersection := false, false
	for i, t := range toks {
		switch t {
		case "(", "[", "{", "<":
			depth++
		case ")", "]", "}", ">":
			depth--
		case "=>":
			if depth == 0 {
				return tsSerialized{name: "Function"}
			}
		case "?":
			if depth == 0 {
				return object
			}
		case "|", "&":
			if depth == 0 {
				if t == "|" {
					isUnion = true
				} else {
					isIntersection = true
				}
				if i > start {
					parts = append(parts, toks[start:i])
				}
				start = i + 1
			}
		}
	}
	if isUnion && isIntersection {
		return object
	}
	if isUnion || isIntersection {
		parts = append(parts, toks[start:])
		return p.tsSerializeConstituents(parts, isIntersection)
	}
	return p.tsSerializeSingle(toks)
}

// tsSerializeConstituents is tsc's serializeUnionOrIntersectionConstituents.
func (p *parser) tsSerializeConstituents(parts [][]string, isIntersection bool) tsSerialized {
	strictNullChecks := p.options.ts.Config.StrictNullChecks == config.True
	var result *tsSerialized
	for _, part := range parts {
		part = tsSkipParens(part)
		if len(part) == 1 {
			switch part[0] {
			case "never":
				if isIntersection {
					return tsSerialized{isVoid: true}
				}
				continue
			case "unknown":
				if !isIntersection {
					return tsSerialized{name: "Object"}
				}
				continue
			case "any":
				return tsSerialized{name: "Object"}
			case "null", "undefined":
				if !strictNullChecks {
					continue
				}
			}
		}
		t := p.tsSerializeType(part)
		if !t.isRef && !t.isVoid && t.name == "Object" {
			return t
		}
		if result == nil {
			result = &t
		} else if result.isRef || t.isRef || result.isVoid || t.isVoid || result.name != t.name {
			return tsSerialized{name: "Object"}
		}
	}
	if result == nil {
		return tsSerialized{isVoid: true}
	}
	return *result
}

func tsSkipParens(toks []string) []string {
	for len(toks) >= 2 && toks[0] == "(" && tsMatching(toks, 0) == len(toks)-1 {
		toks = toks[1 : len(toks)-1]
	}
	return toks
}

// tsMatching is the index of the bracket closing the one at i, -1 if none.
func tsMatching(toks []string, i int) int {
	depth := 0
	for j := i; j < len(toks); j++ {
		switch toks[j] {
		case "(", "[", "{", "<":
			depth++
		case ")", "]", "}", ">":
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

func (p *parser) tsSerializeSingle(toks []string) tsSerialized {
	object := tsSerialized{name: "Object"}
	n := len(toks)
	if n == 0 {
		return object
	}
	first := toks[0]
	switch {
	case first == "(":
		if tsMatching(toks, 0) == n-1 {
			return p.tsSerializeType(toks[1 : n-1])
		}
		return object
	case n >= 2 && toks[n-2] == "[" && toks[n-1] == "]", first == "[":
		return tsSerialized{name: "Array"}
	case first == "{":
		return object
	case first == "new", first == "abstract":
		return tsSerialized{name: "Function"}
	case first[0] == '\'' || first[0] == '"' || first[0] == '`':
		return tsSerialized{name: "String"}
	case first[0] >= '0' && first[0] <= '9' || first == "-" && n == 2:
		if strings.HasSuffix(toks[n-1], "n") && !strings.HasPrefix(toks[n-1], "0x") {
			return tsSerialized{name: "BigInt"}
		}
		return tsSerialized{name: "Number"}
	case first == "readonly":
		return p.tsSerializeType(toks[1:])
	case n >= 3 && toks[1] == "is", first == "asserts":
		// A type predicate.
		return tsSerialized{name: "Boolean"}
	}
	if n == 1 {
		switch first {
		case "string":
			return tsSerialized{name: "String"}
		case "number":
			return tsSerialized{name: "Number"}
		case "boolean", "true", "false":
			return tsSerialized{name: "Boolean"}
		case "bigint":
			return tsSerialized{name: "BigInt"}
		case "symbol":
			return tsSerialized{name: "Symbol"}
		case "void", "undefined", "null", "never":
			return tsSerialized{isVoid: true}
		case "any", "unknown", "object", "this":
			return object
		}
	}
	// A type reference: a dotted name with optional type arguments.
	end := n
	if toks[n-1] == ">" {
		open := -1
		for i, t := range toks {
			if t == "<" {
				open = i
				break
			}
		}
		if open < 0 || tsMatching(toks, open) != n-1 {
			return object
		}
		end = open
	}
	name := ""
	for i := 0; i < end; i++ {
		t := toks[i]
		if i%2 == 1 {
			if t != "." {
				return object
			}
			name += t
			continue
		}
		if !tsIsNameByte(t[0]) || t[0] >= '0' && t[0] <= '9' || js_lexer.Keywords[t] != 0 {
			return object
		}
		name += t
	}
	if end%2 == 0 {
		return object
	}
	if end == 3 {
		// A member of an enum of this file (E.A) is a literal of its kind.
		if kind, ok := p.tsEnumMemberKind(toks[0], toks[2]); ok {
			return tsSerialized{name: kind}
		}
	}
	if end == 1 {
		if kind, ok := p.tsEnumKind(name); ok {
			return tsSerialized{name: kind}
		}
		// A type alias of this file stands for its type, which is no value:
		// a class or an unknown name it names gives Object.
		if r, ok := p.tsTypeAliases[name]; ok {
			delete(p.tsTypeAliases, name) // against aliases that refer to themselves
			t := p.tsSerializeType(tsTypeTokens(p.tsTypeText(r)))
			p.tsTypeAliases[name] = r
			if t.isRef {
				return object
			}
			return t
		}
	}
	return tsSerialized{name: name, isRef: true}
}
