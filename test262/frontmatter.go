package main

// Test262 frontmatter is YAML between "/*---" and "---*/". The suite uses a small part of YAML: a top-level map of
// plain or quoted scalars, flow lists ([a, b]), block lists ("- a" lines), literal (|) and folded (>) block
// scalars, and one nested map (negative: phase, type). This file parses that part properly (indentation, chomping,
// folding, comments, CRLF) and rejects anything else with an error naming the line, rather than guessing: a
// misread "flags" or "negative" silently turns a test into a different test. (Checked against PyYAML on every test
// of the pinned suite: identical.)

import (
	"fmt"
	"strconv"
	"strings"
)

// meta is the frontmatter of one test, with the fields the runner uses.
type meta struct {
	Description string
	Info        string
	Esid        string
	Includes    []string
	Flags       []string
	Features    []string
	Locale      []string
	Negative    *negative
}

// negative is the expected error of a negative test (INTERPRETING.md, "negative").
type negative struct {
	Phase string // PhaseParse, PhaseResolution or PhaseRuntime
	Type  string // constructor name of the expected error
}

func (m *meta) hasFlag(flag string) bool {
	for _, f := range m.Flags {
		if f == flag {
			return true
		}
	}
	return false
}

// parseMeta finds the frontmatter in a test's source and parses it.
func parseMeta(src string) (*meta, error) {
	start := strings.Index(src, "/*---")
	if start < 0 {
		return nil, fmt.Errorf("no frontmatter (/*--- ... ---*/)")
	}
	body := src[start+len("/*---"):]
	end := strings.Index(body, "---*/")
	if end < 0 {
		return nil, fmt.Errorf("frontmatter not closed by ---*/")
	}
	doc, err := parseYAML(body[:end])
	if err != nil {
		return nil, err
	}
	m := &meta{}
	for key, v := range doc {
		var err error
		switch key {
		case "description":
			m.Description, err = asString(key, v)
		case "info":
			m.Info, err = asString(key, v)
		case "esid":
			m.Esid, err = asString(key, v)
		case "includes":
			m.Includes, err = asList(key, v)
		case "flags":
			m.Flags, err = asList(key, v)
		case "features":
			m.Features, err = asList(key, v)
		case "locale":
			m.Locale, err = asList(key, v)
		case "negative":
			m.Negative, err = asNegative(v)
		}
		if err != nil {
			return nil, err
		}
	}
	return m, nil
}

func asString(key string, v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("frontmatter %s: want a string, got %T", key, v)
	}
	return s, nil
}

func asList(key string, v any) ([]string, error) {
	switch v := v.(type) {
	case []string:
		return v, nil
	case string:
		if v == "" {
			return nil, nil // "key:" with nothing after it is null in YAML
		}
	}
	return nil, fmt.Errorf("frontmatter %s: want a list, got %q", key, v)
}

func asNegative(v any) (*negative, error) {
	fields, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("frontmatter negative: want a map with phase and type, got %T", v)
	}
	phase, _ := fields["phase"].(string)
	typ, _ := fields["type"].(string)
	switch phase {
	case PhaseParse, PhaseResolution, PhaseRuntime:
	default:
		return nil, fmt.Errorf("frontmatter negative: phase %q is not parse, resolution or runtime", phase)
	}
	if typ == "" {
		return nil, fmt.Errorf("frontmatter negative: no type")
	}
	return &negative{Phase: phase, Type: typ}, nil
}

// parseYAML parses the YAML subset described at the top of this file. Values are string, []string or
// map[string]any.
func parseYAML(text string) (map[string]any, error) {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	p := &yamlParser{lines: strings.Split(text, "\n")}
	m, err := p.parseMap(p.nextIndent())
	if err != nil {
		return nil, err
	}
	if p.i < len(p.lines) {
		return nil, p.errorf("unexpected indentation")
	}
	return m, nil
}

type yamlParser struct {
	lines []string
	i     int // index of the next line to read
}

func (p *yamlParser) errorf(format string, args ...any) error {
	return fmt.Errorf("frontmatter line %d: %s", p.i+1, fmt.Sprintf(format, args...))
}

// nextIndent skips blank and comment lines and returns the indentation of the next line, or -1 at the end.
func (p *yamlParser) nextIndent() int {
	for ; p.i < len(p.lines); p.i++ {
		trimmed := strings.TrimLeft(p.lines[p.i], " ")
		if trimmed != "" && trimmed[0] != '#' {
			return len(p.lines[p.i]) - len(trimmed)
		}
	}
	return -1
}

func (p *yamlParser) parseMap(indent int) (map[string]any, error) {
	m := map[string]any{}
	for {
		ind := p.nextIndent()
		if ind < indent {
			return m, nil
		}
		if ind > indent {
			return nil, p.errorf("unexpected indentation")
		}
		line := p.lines[p.i][ind:]
		if strings.HasPrefix(line, "\t") {
			return nil, p.errorf("tab in indentation")
		}
		key, rest, ok := strings.Cut(line, ":")
		if !ok || key == "" || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
			return nil, p.errorf("want key: value, got %q", line)
		}
		key = strings.TrimSpace(key)
		if _, dup := m[key]; dup {
			return nil, p.errorf("duplicate key %q", key)
		}
		p.i++
		v, err := p.parseValue(indent, strings.TrimSpace(rest))
		if err != nil {
			return nil, err
		}
		m[key] = v
	}
}

// parseValue parses what follows "key:" on a line of a map at indent; the lines after it belong to the value while
// they are indented deeper (or, for a block list, as deep).
func (p *yamlParser) parseValue(indent int, rest string) (any, error) {
	switch {
	case rest == "" || rest[0] == '#':
		next := p.nextIndent()
		if next < 0 || next < indent {
			return "", nil
		}
		line := p.lines[p.i][next:]
		switch {
		case isListItem(line):
			return p.parseBlockList(next)
		case next == indent:
			return "", nil
		case looksLikeKey(line):
			return p.parseMap(next)
		}
		p.i++
		return p.parsePlain(indent, line)
	case rest[0] == '|' || rest[0] == '>':
		return p.parseBlockScalar(indent, rest)
	case rest[0] == '[':
		return p.parseFlowList(indent, rest)
	case rest[0] == '"' || rest[0] == '\'':
		return p.parseQuoted(indent, rest)
	default:
		return p.parsePlain(indent, rest)
	}
}

// looksLikeKey tells a nested map's first line ("phase: parse") from a plain scalar that starts on the line after
// its key.
func looksLikeKey(line string) bool {
	key, rest, ok := strings.Cut(line, ":")
	return ok && key != "" && !strings.ContainsAny(key[:1], "\"'#") && (rest == "" || rest[0] == ' ')
}

func isListItem(line string) bool { return line == "-" || strings.HasPrefix(line, "- ") }

func (p *yamlParser) parseBlockList(indent int) ([]string, error) {
	list := []string{}
	for p.nextIndent() == indent && isListItem(p.lines[p.i][indent:]) {
		item := strings.TrimSpace(strings.TrimPrefix(p.lines[p.i][indent:], "-"))
		p.i++
		var v string
		var err error
		switch {
		case item == "":
			return nil, p.errorf("empty list item")
		case item[0] == '"' || item[0] == '\'':
			v, err = p.parseQuoted(indent, item)
		case item[0] == '[' || item[0] == '{' || item[0] == '|' || item[0] == '>' || isListItem(item):
			return nil, p.errorf("nested collections in lists are not supported")
		default:
			v, err = p.parsePlain(indent, item)
		}
		if err != nil {
			return nil, err
		}
		list = append(list, v)
	}
	if next := p.nextIndent(); next > indent {
		return nil, p.errorf("unexpected indentation")
	}
	return list, nil
}

// parseFlowList parses [a, b, "c"], which may continue over the following lines until its closing bracket.
func (p *yamlParser) parseFlowList(indent int, rest string) ([]string, error) {
	text := rest[1:]
	for {
		if body, after, ok := cutUnquoted(text, ']'); ok {
			if after = strings.TrimSpace(after); after != "" && after[0] != '#' {
				return nil, p.errorf("unexpected %q after ]", after)
			}
			return splitFlow(p, body)
		}
		if p.i >= len(p.lines) || indentOf(p.lines[p.i]) <= indent && strings.TrimSpace(p.lines[p.i]) != "" {
			return nil, p.errorf("list not closed by ]")
		}
		text += " " + strings.TrimSpace(p.lines[p.i])
		p.i++
	}
}

func splitFlow(p *yamlParser, body string) ([]string, error) {
	list := []string{}
	for strings.TrimSpace(body) != "" {
		item, after, found := cutUnquoted(body, ',')
		item = strings.TrimSpace(item)
		switch {
		case item == "" && found:
			return nil, p.errorf("empty item in list")
		case item == "":
		case item[0] == '"' || item[0] == '\'':
			v, rest, err := unquote(item)
			if err != nil {
				return nil, p.errorf("%v", err)
			}
			if strings.TrimSpace(rest) != "" {
				return nil, p.errorf("unexpected %q after quoted item", rest)
			}
			list = append(list, v)
		case strings.ContainsAny(item[:1], "[]{}"):
			return nil, p.errorf("nested collections in lists are not supported")
		default:
			list = append(list, item)
		}
		body = after
	}
	return list, nil
}

// cutUnquoted cuts s around the first sep that is not inside quotes.
func cutUnquoted(s string, sep byte) (before, after string, found bool) {
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote == '"' && c == '\\':
			i++
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == sep:
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// parseQuoted parses a single- or double-quoted scalar; a line break inside the quotes folds to a space.
func (p *yamlParser) parseQuoted(indent int, rest string) (string, error) {
	text := rest
	for {
		v, after, err := unquote(text)
		if err == nil {
			if after = strings.TrimSpace(after); after != "" && after[0] != '#' {
				return "", p.errorf("unexpected %q after quoted string", after)
			}
			return v, nil
		}
		if err != errUnclosed || p.i >= len(p.lines) || indentOf(p.lines[p.i]) <= indent && strings.TrimSpace(p.lines[p.i]) != "" {
			return "", p.errorf("%v", err)
		}
		text += " " + strings.TrimSpace(p.lines[p.i])
		p.i++
	}
}

var errUnclosed = fmt.Errorf("unclosed quoted string")

// unquote reads the quoted string at the start of s and returns its value and the text after it.
func unquote(s string) (value, rest string, err error) {
	q := s[0]
	for i := 1; i < len(s); i++ {
		switch {
		case q == '"' && s[i] == '\\':
			i++
		case s[i] == q && q == '\'' && i+1 < len(s) && s[i+1] == '\'':
			i++
		case s[i] == q:
			if q == '\'' {
				return strings.ReplaceAll(s[1:i], "''", "'"), s[i+1:], nil
			}
			v, err := strconv.Unquote(s[:i+1])
			if err != nil {
				return "", "", fmt.Errorf("bad double-quoted string %s: %w", s[:i+1], err)
			}
			return v, s[i+1:], nil
		}
	}
	return "", "", errUnclosed
}

// parsePlain parses an unquoted scalar; continuation lines indented deeper fold into it, blank lines becoming
// newlines.
func (p *yamlParser) parsePlain(indent int, rest string) (string, error) {
	var b strings.Builder
	b.WriteString(strings.TrimSpace(stripComment(rest)))
	blanks := 0
	for j := p.i; j < len(p.lines); j++ {
		line := p.lines[j]
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			blanks++
			continue
		}
		if indentOf(line) <= indent || trimmed[0] == '#' {
			break
		}
		if blanks == 0 {
			b.WriteByte(' ')
		} else {
			b.WriteString(strings.Repeat("\n", blanks))
		}
		b.WriteString(strings.TrimSpace(stripComment(trimmed)))
		blanks = 0
		p.i = j + 1
	}
	return b.String(), nil
}

// stripComment removes a " #" comment from a plain scalar.
func stripComment(s string) string {
	if strings.HasPrefix(s, "#") {
		return ""
	}
	if i := strings.Index(s, " #"); i >= 0 {
		return s[:i]
	}
	return s
}

func indentOf(line string) int { return len(line) - len(strings.TrimLeft(line, " ")) }

// parseBlockScalar parses a literal (|) or folded (>) block scalar with its optional chomping (- or +) and
// indentation indicators (YAML 1.2 §8.1).
func (p *yamlParser) parseBlockScalar(indent int, header string) (string, error) {
	folded := header[0] == '>'
	chomp := byte(0)
	explicit := 0
	h := strings.TrimSpace(stripComment(header[1:]))
	for _, c := range []byte(h) {
		switch {
		case (c == '-' || c == '+') && chomp == 0:
			chomp = c
		case c >= '1' && c <= '9' && explicit == 0:
			explicit = int(c - '0')
		default:
			return "", p.errorf("bad block scalar header %q", header)
		}
	}
	// Collect the block's lines: blank lines, and lines indented deeper than the key.
	blockIndent := 0
	if explicit > 0 {
		blockIndent = indent + explicit
	}
	var lines []string
	for ; p.i < len(p.lines); p.i++ {
		line := p.lines[p.i]
		if strings.TrimSpace(line) == "" {
			// Spaces past the block's indentation are content, even on an otherwise empty line.
			if blockIndent > 0 && len(line) > blockIndent && strings.Trim(line, " ") == "" {
				lines = append(lines, line[blockIndent:])
			} else {
				lines = append(lines, "")
			}
			continue
		}
		ind := indentOf(line)
		if blockIndent == 0 && ind > indent {
			blockIndent = ind
		}
		if ind <= indent || ind < blockIndent {
			break
		}
		lines = append(lines, line[blockIndent:])
	}
	// Trailing blank lines belong to the chomping, not the content.
	content := len(lines)
	for content > 0 && lines[content-1] == "" {
		content--
	}
	trailing := len(lines) - content
	body := lines[:content]
	var b strings.Builder
	if folded {
		foldLines(&b, body)
	} else {
		b.WriteString(strings.Join(body, "\n"))
	}
	switch {
	case content == 0 && chomp != '+':
	case chomp == '-':
	case chomp == '+':
		b.WriteString(strings.Repeat("\n", trailing+1))
	default:
		b.WriteByte('\n')
	}
	return b.String(), nil
}

// foldLines joins the lines of a folded block scalar: a line break between two text lines becomes a space, blank
// lines become newlines, and breaks next to more-indented lines are kept (YAML 1.2 §8.1.3).
func foldLines(b *strings.Builder, lines []string) {
	moreIndented := func(s string) bool { return s != "" && (s[0] == ' ' || s[0] == '\t') }
	prev := -1 // index of the previous text line
	for i, line := range lines {
		if line == "" {
			continue
		}
		if prev < 0 {
			b.WriteString(strings.Repeat("\n", i))
		} else {
			blanks := i - prev - 1
			switch {
			case moreIndented(line) || moreIndented(lines[prev]):
				b.WriteString(strings.Repeat("\n", blanks+1))
			case blanks == 0:
				b.WriteByte(' ')
			default:
				b.WriteString(strings.Repeat("\n", blanks))
			}
		}
		b.WriteString(line)
		prev = i
	}
}
