package vm

import "testing"

// TestSerializeMovesTransferredBuffers checks that a transferred
// ArrayBuffer's memory changes runtimes without a copy, and that a cloned
// one gets memory of its own.
func TestSerializeMovesTransferredBuffers(t *testing.T) {
	for _, tt := range []struct {
		name     string
		transfer bool
		maxLen   int
	}{
		{"a transferred buffer keeps its memory", true, -1},
		{"a transferred resizable buffer keeps its memory", true, 16},
		{"a cloned buffer is copied", false, -1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src, dst := New(Options{}), New(Options{})
			buf := src.allocateBuffer(src.realm.ArrayBufferPrototype, 8, tt.maxLen, false)
			sent := src.hostOf(src.obj(buf)).(*bufferData)
			sent.data[0] = 7
			mem := &sent.data[0]
			var transfer []Value
			if tt.transfer {
				transfer = []Value{buf}
			}
			fail := func(msg string) Value { return src.NewString(msg) }
			s := src.Serialize(buf, transfer, nil, nil, fail, nil)
			if sent.detached != tt.transfer {
				t.Errorf("sender's buffer detached = %v, want %v", sent.detached, tt.transfer)
			}
			v, _ := dst.Deserialize(s, nil)
			got := dst.hostOf(dst.obj(v)).(*bufferData)
			if len(got.data) != 8 || got.data[0] != 7 || got.maxLen != tt.maxLen {
				t.Fatalf("received %d bytes starting %d, maxLen %d", len(got.data), got.data[0], got.maxLen)
			}
			if same := &got.data[0] == mem; same != tt.transfer {
				t.Errorf("same memory = %v, want %v", same, tt.transfer)
			}
		})
	}
}
