package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// envFile is one --env-file (or --env-file-if-exists) option.
type envFile struct {
	path     string
	optional bool
}

// nodeOptionsOf returns the NODE_OPTIONS a run reads: the environment's,
// or, where the environment has none, the one a file named by --env-file
// on the command line sets, as node lets it (node v20 reads those files
// before any option for that reason). It returns the files it loaded for
// that, which the run does not load again; ok is false when one of them
// is missing (the error printed).
func nodeOptionsOf(args []string, stderr io.Writer) (env string, loaded []envFile, ok bool) {
	if env, set := os.LookupEnv("NODE_OPTIONS"); set {
		return env, nil, true
	}
	scan := cliRun{scan: true}
	scan.parseOptions(args, false, io.Discard, io.Discard)
	if len(scan.envFiles) == 0 {
		return "", nil, true
	}
	if !loadEnvFiles(scan.envFiles, stderr) {
		return "", nil, false
	}
	return os.Getenv("NODE_OPTIONS"), scan.envFiles, true
}

// notLoaded is files less those in loaded.
func notLoaded(files, loaded []envFile) []envFile {
	var out []envFile
	for _, f := range files {
		if !slices.Contains(loaded, f) {
			out = append(out, f)
		}
	}
	return out
}

// loadEnvFiles is node v20's --env-file: each file's variables join the
// environment, in order, unless the environment already has them. A
// missing file stops the run (exit 9) unless it was given with
// --env-file-if-exists.
func loadEnvFiles(files []envFile, stderr io.Writer) bool {
	for _, f := range files {
		data, err := os.ReadFile(f.path)
		if err != nil {
			if f.optional {
				fmt.Fprintf(stderr, "%s not found. Continuing without it.\n", f.path)
				continue
			}
			fmt.Fprintf(stderr, "kiln: %s: not found\n", f.path)
			return false
		}
		for _, kv := range parseDotenv(string(data)) {
			if _, set := os.LookupEnv(kv[0]); !set {
				os.Setenv(kv[0], kv[1])
			}
		}
	}
	return true
}

// parseDotenv reads a .env file as node's parser does: KEY=VALUE lines
// ("export " before the key allowed), # comments and blank lines skipped;
// a value in double quotes may span lines and has \n for a newline, one in
// single quotes or backquotes is taken as written, an unquoted one ends at
// a # and is trimmed. A later line for the same key replaces an earlier.
func parseDotenv(src string) [][2]string {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	var out [][2]string
	index := map[string]int{}
	set := func(k, v string) {
		if i, ok := index[k]; ok {
			out[i][1] = v
			return
		}
		index[k] = len(out)
		out = append(out, [2]string{k, v})
	}
	for len(src) > 0 {
		line := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		eq := strings.IndexByte(line, '=')
		if eq < 0 {
			continue
		}
		key := strings.TrimSpace(strings.TrimPrefix(line[:eq], "export "))
		if key == "" {
			continue
		}
		val := strings.TrimSpace(line[eq+1:])
		if val != "" && strings.IndexByte("\"'`", val[0]) >= 0 {
			q := val[0]
			rest := val[1:]
			if end := strings.IndexByte(rest, q); end >= 0 {
				val = rest[:end]
			} else if q == '"' {
				// A double-quoted value runs on to the line with its
				// closing quote.
				if end := strings.IndexByte(src, q); end >= 0 {
					val = rest + "\n" + src[:end]
					src = src[end+1:]
					if i := strings.IndexByte(src, '\n'); i >= 0 {
						src = src[i+1:]
					} else {
						src = ""
					}
				}
			}
			if q == '"' {
				val = strings.ReplaceAll(val, `\n`, "\n")
			}
		} else if i := strings.IndexByte(val, '#'); i >= 0 {
			val = strings.TrimSpace(val[:i])
		}
		set(key, val)
	}
	return out
}
