package stdlib

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Node resolves a relative import specifier ("./x", "../x", "/x") against
// the importer's URL, and a file: URL on its own, with the WHATWG URL
// parser, and only then turns the URL into a path. That differs from
// joining paths in ways programs see: "./lib/." is ".../lib/" (a directory
// import naming "lib/"), "./lib//" keeps its double slash, "%2e%2e" is a
// dot segment, "%61" is "a", "\" is "/", and "?query" and "#hash" are no
// part of the file but of the module's URL (each distinct URL is a module
// instance of its own). So the loader parses with url.go's parser, not
// Go's net/url (RFC 3986 differs on most of those points).

// keySep separates a module key's file path from the query and fragment
// of the URL it was imported by, which the ES loader keeps (no path holds
// a NUL byte).
const keySep = "\x00"

// splitKey splits a module key into its file (or "node:" or "data:" URL)
// and the "?query#hash" its URL carries.
func splitKey(key string) (file, suffix string) {
	file, suffix, _ = strings.Cut(key, keySep)
	return file, suffix
}

// keyURL is the URL of the module a key names.
func keyURL(key string) string {
	file, suffix := splitKey(key)
	if strings.HasPrefix(file, "node:") || strings.HasPrefix(file, "data:") {
		return file
	}
	return fileURL(file) + suffix
}

// resolveFileSpecifier resolves a relative specifier against the module
// at parent, or parses a file: URL, and returns the file it names (see
// fileOfURL), the "?query#hash" of its URL, and the URL.
func resolveFileSpecifier(spec, parent string) (file, suffix, href string, err error) {
	var base *urlRecord
	if !strings.HasPrefix(spec, "file:") {
		base = parseURL(fileURL(parent), nil)
	}
	u := parseURL(spec, base)
	if u == nil || u.scheme != "file" {
		return "", "", "", &resolveError{"ERR_INVALID_URL", "Invalid URL"}
	}
	file, err = fileOfURL(u, parent)
	if err != nil {
		return "", "", "", err
	}
	return file, urlSuffix(u), u.href(false), nil
}

// urlSuffix is the "?query#hash" of u ("" when it has neither).
func urlSuffix(u *urlRecord) string {
	s := ""
	if u.hasQuery {
		s = "?" + u.query
	}
	if u.hasFragment {
		s += "#" + u.fragment
	}
	return s
}

// fileOfURL is the file a file: URL names, as node's resolver turns one
// into a path: it refuses an encoded separator (%2F, %5C) with
// ERR_INVALID_MODULE_SPECIFIER naming the URL's path and the importer
// (from, "" for none), then decodes the path.
func fileOfURL(u *urlRecord, from string) (string, error) {
	p := u.pathString()
	lower := strings.ToLower(p)
	if strings.Contains(lower, "%2f") || strings.Contains(lower, "%5c") {
		return "", &resolveError{"ERR_INVALID_MODULE_SPECIFIER", fmt.Sprintf("Invalid module \"%s\" must not include encoded \"/\" or \"\\\" characters%s", p, importedFrom(from))}
	}
	file := percentDecode(p)
	if filepath.Separator == '\\' && len(u.path) > 0 && isWindowsDriveLetter(u.path[0]) {
		// file:///C:/x is C:\x on Windows.
		file = file[1:]
	}
	return filepath.FromSlash(file), nil
}
