//go:build kilnrun

package parser

import "fmt"

// Bundle refuses: bundling is esbuild's, which kiln-run leaves out.
func Bundle(entry string) (string, error) {
	_, err := BundleWithMap(entry, nil)
	return "", err
}

// Bundled is what BundleWithMap makes in kiln.
type Bundled struct {
	Code     string
	Map      *SourceMap
	OwnPaths []string
}

// BundleWithMap refuses as Bundle does.
func BundleWithMap(entry string, isModule func(file string) bool) (*Bundled, error) {
	return nil, fmt.Errorf("%s: kiln-run does not bundle (it is Kiln's runtime without its build tools): bundle it with `kiln build --bundle`", entry)
}
