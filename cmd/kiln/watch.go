package main

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/kilnjs/kiln/stdlib"
)

// Watch mode (--watch), as node v20's: kiln runs the program in a child
// process and runs it again whenever one of its files changes: the entry
// point and every module it loads (the child writes their paths to a file
// named by watchReportEnv, node's --watch-report-ipc), or only the files
// under the --watch-path paths when there are any. Between runs it says
// "Completed running 'app.js'" or "Failed running 'app.js'", and
// "Restarting 'app.js'" before the next, in color on a terminal, which it
// also clears unless --watch-preserve-output. Files are polled: a few
// stats every 100 ms cost nothing next to a run, and need nothing of the
// OS's file notification, which differs on each.

// watchReportEnv names the file a watched child reports its modules to.
const watchReportEnv = "KILN_WATCH_REPORT"

// watchPollInterval is how often the watched files are looked at.
const watchPollInterval = 100 * time.Millisecond

// watchChildReport is the child's side: it takes the report file from the
// environment (so that neither the program nor its own children see it)
// and reports its modules there. It returns false in the parent.
func watchChildReport(opts *stdlib.Options) bool {
	path, ok := os.LookupEnv(watchReportEnv)
	if !ok {
		return false
	}
	os.Unsetenv(watchReportEnv)
	if f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0); err == nil {
		opts.LoadedFiles = f
	}
	return true
}

// runWatch runs kiln with childArgs (the command line without the watch
// options) until it is interrupted. script is the entry point as given,
// shown as node shows it, with the arguments after it (shown).
func runWatch(childArgs []string, script string, shown []string, paths []string, preserve bool, stdout, stderr io.Writer) int {
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "kiln: %v\n", err)
		return 1
	}
	report, err := os.CreateTemp("", "kiln-watch-*")
	if err != nil {
		fmt.Fprintf(stderr, "kiln: %v\n", err)
		return 1
	}
	report.Close()
	defer os.Remove(report.Name())
	quoted := "'" + strings.Join(shown, " ") + "'"
	tty := stdlib.IsTerminal(stdout)
	say := func(color, msg string) {
		if tty {
			msg = "\x1b[" + color + "m" + msg + "\x1b[39m"
		}
		fmt.Fprintln(stdout, msg)
	}
	interrupt := make(chan os.Signal, 1)
	signal.Notify(interrupt, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(interrupt)
	for {
		os.WriteFile(report.Name(), nil, 0o600)
		// The files as they are before the run starts, so that a change
		// made while it starts up is seen.
		w := newWatchSet(paths, script)
		cmd := exec.Command(exe, childArgs...)
		cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, stdout, stderr
		cmd.Env = append(os.Environ(), watchReportEnv+"="+report.Name())
		if err := cmd.Start(); err != nil {
			fmt.Fprintf(stderr, "kiln: %v\n", err)
			return 1
		}
		done := make(chan int, 1)
		go func() {
			cmd.Wait()
			done <- cmd.ProcessState.ExitCode()
		}()
		running := true
		for changed := false; !changed; {
			select {
			case code := <-done:
				running = false
				if code == 0 {
					say("34", "Completed running "+quoted)
				} else {
					say("31", "Failed running "+quoted)
				}
			case <-interrupt:
				if running {
					stopChild(cmd)
					<-done
				}
				return 0
			case <-time.After(watchPollInterval):
				if len(paths) == 0 {
					w.addReported(report.Name())
				}
				changed = w.changed()
			}
		}
		if running {
			stopChild(cmd)
			<-done
		}
		if tty && !preserve {
			fmt.Fprint(stdout, "\x1bc")
		}
		say("32", "Restarting "+quoted)
	}
}

// stopChild ends a run that is still going, as node does: SIGTERM, or where
// there are no signals, the end.
func stopChild(cmd *exec.Cmd) {
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		cmd.Process.Kill()
	}
}

// watchSet is the files a run is watched by, with what they were when the
// run started.
type watchSet struct {
	files    map[string]fileStamp
	reported int64 // how much of the report file has been read
}

type fileStamp struct {
	mod, size int64
	ok        bool
}

func stampOf(path string) fileStamp {
	st, err := os.Stat(path)
	if err != nil {
		return fileStamp{}
	}
	return fileStamp{st.ModTime().UnixNano(), st.Size(), true}
}

// newWatchSet watches the files under paths, or the entry point script
// (and, later, what the run reports) when there are none.
func newWatchSet(paths []string, script string) *watchSet {
	w := &watchSet{files: map[string]fileStamp{}}
	if len(paths) == 0 {
		if abs, err := filepath.Abs(script); err == nil {
			w.files[abs] = stampOf(abs)
		}
		return w
	}
	for _, p := range paths {
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				w.files[path] = stampOf(path)
			}
			return nil
		})
	}
	return w
}

// addReported watches the modules the run reported since the last look.
func (w *watchSet) addReported(report string) {
	f, err := os.Open(report)
	if err != nil {
		return
	}
	defer f.Close()
	if _, err := f.Seek(w.reported, io.SeekStart); err != nil {
		return
	}
	r := bufio.NewReader(f)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		w.reported += int64(len(line))
		path := strings.TrimSuffix(line, "\n")
		if _, ok := w.files[path]; !ok {
			w.files[path] = stampOf(path)
		}
	}
}

// changed reports whether a watched file is not as it was.
func (w *watchSet) changed() bool {
	for path, was := range w.files {
		if stampOf(path) != was {
			return true
		}
	}
	return false
}

// withoutWatchOptions is the command line's options less watch mode's, for
// the child.
func withoutWatchOptions(opts []string) []string {
	var out []string
	for i := 0; i < len(opts); i++ {
		switch a := opts[i]; {
		case a == "--watch" || a == "--watch-preserve-output" || strings.HasPrefix(a, "--watch-path="):
		case a == "--watch-path":
			i++
		default:
			out = append(out, a)
		}
	}
	return out
}
