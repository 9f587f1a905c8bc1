//go:build kilnrun

package parser

import "fmt"

// Bundle refuses: bundling is esbuild's, which kiln-run leaves out.
func Bundle(entry string) (string, error) {
	code, _, err := BundleWithMap(entry, false)
	return code, err
}

// BundleWithMap refuses as Bundle does.
func BundleWithMap(entry string, esm bool) (code string, sm *SourceMap, err error) {
	return "", nil, fmt.Errorf("%s: kiln-run does not bundle (it is Kiln's runtime without its build tools): bundle it with `kiln build --bundle`", entry)
}
