package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

// runRun is kiln run NAME [args]: the program NAME when it names a file
// (kiln run app.js is kiln app.js), else the script NAME of the nearest
// package.json, as node's --run (v22) runs one: with the shell, in the
// package's folder, every node_modules/.bin from the working directory up
// on PATH first, the arguments appended, NODE_RUN_SCRIPT_NAME and
// NODE_RUN_PACKAGE_JSON_PATH set, and no pre- or post-scripts.
func runRun(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "kiln run: name a file or a package.json script: kiln run app.js, kiln run test")
		return 9
	}
	name := args[0]
	if st, err := os.Stat(name); err == nil && !st.IsDir() {
		return run(args, stdout, stderr)
	}
	cwd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "kiln run: %v\n", err)
		return 1
	}
	pkgPath, scripts, err := nearestScripts(cwd)
	if err != nil {
		fmt.Fprintf(stderr, "kiln run: %v\n", err)
		return 1
	}
	script, ok := scripts[name]
	if !ok {
		if pkgPath == "" {
			fmt.Fprintf(stderr, "kiln run: %s is not a file, and no package.json was found from %s up\n", name, cwd)
			return 1
		}
		fmt.Fprintf(stderr, "Missing script: %q\n", name)
		if len(scripts) > 0 {
			fmt.Fprintf(stderr, "\nAvailable scripts are:\n")
			names := make([]string, 0, len(scripts))
			for k := range scripts {
				names = append(names, k)
			}
			sort.Strings(names)
			for _, k := range names {
				fmt.Fprintf(stderr, "  %s: %s\n", k, scripts[k])
			}
		}
		return 1
	}
	command := script
	rest := args[1:]
	if len(rest) > 0 && rest[0] == "--" {
		rest = rest[1:]
	}
	for _, a := range rest {
		command += " " + shellQuote(a)
	}
	var cmd *exec.Cmd
	if runtime.GOOS == "windows" {
		cmd = exec.Command("cmd.exe", "/d", "/s", "/c", command)
	} else {
		cmd = exec.Command("/bin/sh", "-c", command)
	}
	cmd.Dir = filepath.Dir(pkgPath)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, stdout, stderr
	cmd.Env = append(withBinPath(os.Environ(), cwd), "NODE_RUN_SCRIPT_NAME="+name, "NODE_RUN_PACKAGE_JSON_PATH="+pkgPath)
	err = cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		if code := exit.ExitCode(); code >= 0 {
			return code
		}
		return 1
	default:
		fmt.Fprintf(stderr, "kiln run: %v\n", err)
		return 1
	}
}

// nearestScripts finds the package.json nearest dir (dir, then its
// ancestors) and returns its path and scripts; "" when there is none.
func nearestScripts(dir string) (string, map[string]string, error) {
	for {
		p := filepath.Join(dir, "package.json")
		if data, err := os.ReadFile(p); err == nil {
			var pkg struct {
				Scripts map[string]any `json:"scripts"`
			}
			if err := json.Unmarshal(data, &pkg); err != nil {
				return "", nil, fmt.Errorf("%s: %v", p, err)
			}
			scripts := map[string]string{}
			for k, v := range pkg.Scripts {
				if s, ok := v.(string); ok {
					scripts[k] = s
				}
			}
			return p, scripts, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil, nil
		}
		dir = parent
	}
}

// withBinPath puts the node_modules/.bin folders of dir and its ancestors
// that exist, nearest first, before env's PATH.
func withBinPath(env []string, dir string) []string {
	var bins []string
	for {
		bin := filepath.Join(dir, "node_modules", ".bin")
		if st, err := os.Stat(bin); err == nil && st.IsDir() {
			bins = append(bins, bin)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	if len(bins) == 0 {
		return env
	}
	prefix := strings.Join(bins, string(os.PathListSeparator))
	out := make([]string, 0, len(env)+1)
	found := false
	for _, kv := range env {
		if k, v, _ := strings.Cut(kv, "="); strings.EqualFold(k, "PATH") && !found {
			found = true
			kv = k + "=" + prefix + string(os.PathListSeparator) + v
		}
		out = append(out, kv)
	}
	if !found {
		out = append(out, "PATH="+prefix)
	}
	return out
}

// shellQuote quotes an argument for sh (single quotes, with ' as '\”).
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '-' || r == '_' || r == '.' || r == '/' || r == '=' || r == ':' || r == ',' || r == '@' ||
			r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
