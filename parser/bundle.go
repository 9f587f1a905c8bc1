package parser

import (
	"fmt"
	"path/filepath"

	"github.com/evanw/esbuild/pkg/api"
)

// Bundle has esbuild resolve and inline everything entry requires or
// imports, as one CommonJS file for Node (built-in modules stay external).
// The output keeps the entry's name, so errors still name the app, though
// lines then count in the bundle.
func Bundle(entry string) (string, error) {
	res := api.Build(api.BuildOptions{
		EntryPoints:   []string{entry},
		Bundle:        true,
		Platform:      api.PlatformNode,
		Format:        api.FormatCommonJS,
		Target:        api.ESNext,
		Charset:       api.CharsetUTF8,
		LegalComments: api.LegalCommentsNone,
		LogLevel:      api.LogLevelSilent,
		AbsWorkingDir: filepath.Dir(entry),
		Write:         false,
	})
	if len(res.Errors) > 0 {
		m := res.Errors[0]
		if l := m.Location; l != nil {
			return "", fmt.Errorf("%s:%d:%d: %s", l.File, l.Line, l.Column+1, m.Text)
		}
		return "", fmt.Errorf("%s: %s", entry, m.Text)
	}
	if len(res.OutputFiles) != 1 {
		return "", fmt.Errorf("%s: bundling gave %d output files, want 1", entry, len(res.OutputFiles))
	}
	return string(res.OutputFiles[0].Contents), nil
}
