package loop

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

type fsEvent struct {
	name string
	kind FSEventKind
}

// watchUntil starts an FSEvent on path, makes changes with do once the
// loop runs, and collects events until last arrives.
func watchUntil(t *testing.T, path string, do func(), last fsEvent) []fsEvent {
	t.Helper()
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	e, err := l.NewFSEvent()
	if err != nil {
		t.Fatal(err)
	}
	var got []fsEvent
	if err := e.Start(path, func(name string, kind FSEventKind) {
		got = append(got, fsEvent{name, kind})
		if (fsEvent{name, kind}) == last {
			e.Close(nil)
		}
	}); err != nil {
		t.Fatal(err)
	}
	l.StartTimer(1, false, do)
	if err := l.Run(RunDefault); err != nil {
		t.Fatal(err)
	}
	return got
}

func TestFSEventReportsADirectorysEntries(t *testing.T) {
	dir := t.TempDir()
	got := watchUntil(t, dir, func() {
		if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("x"), 0o644); err != nil {
			t.Error(err)
		}
		if err := os.Remove(filepath.Join(dir, "a.txt")); err != nil {
			t.Error(err)
		}
	}, fsEvent{"a.txt", FSRename})
	if !slices.Contains(got, fsEvent{"a.txt", FSRename}) {
		t.Errorf("events %v: no rename of a.txt", got)
	}
}

func TestFSEventNamesAWatchedFileByItsBaseName(t *testing.T) {
	file := filepath.Join(t.TempDir(), "f.txt")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	got := watchUntil(t, file, func() {
		if err := os.WriteFile(file, []byte("more"), 0o644); err != nil {
			t.Error(err)
		}
	}, fsEvent{"f.txt", FSChange})
	if len(got) == 0 || got[0] != (fsEvent{"f.txt", FSChange}) {
		t.Errorf("events %v, want a change of f.txt first", got)
	}
}

func TestFSEventStartOnAMissingPathFails(t *testing.T) {
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	e, _ := l.NewFSEvent()
	err = e.Start(filepath.Join(t.TempDir(), "missing"), func(string, FSEventKind) {})
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("Start: %v, want ENOENT", err)
	}
	if l.Alive() {
		t.Error("a handle that failed to start keeps the loop alive")
	}
}
