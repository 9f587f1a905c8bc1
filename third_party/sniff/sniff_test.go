package sniff

import (
	"net/http"
	"strings"
	"testing"
)

// samples start with every signature, with the lengths and bytes around
// each that decide it; the same data must get net/http's answer.
var samples = []string{
	"", " ", "\x00", "hello", "  <html>", "<HTML ", "<html", "<htmlx", "\t\n<!doctype html>", "<!DOCTYPE HTMLx",
	"<a href=x>", "<b>", "<br/>", "<p>", "<!-- c -->", "<H1>", "<?xml version", " <?xml", "<?XML", "%PDF-1.4",
	"%!PS-Adobe-3.0", "\xfe\xff\x00a", "\xfe\xff", "\xff\xfe\x00\x00", "\xef\xbb\xbfa", "\xef\xbb\xbf",
	"\x00\x00\x01\x00", "\x00\x00\x02\x00", "BMxx", "GIF87a", "GIF89a", "RIFF\x01\x02\x03\x04WEBPVP8 ",
	"RIFF\x01\x02\x03\x04WEBPV", "\x89PNG\r\n\x1a\n", "\xff\xd8\xff\xe0", "FORMxxxxAIFF", "ID3\x04", "OggS\x00",
	"OggS", "MThd\x00\x00\x00\x06", "RIFFxxxxAVI ", "RIFFxxxxWAVE", "\x1a\x45\xdf\xa3",
	strings.Repeat("\x00", 34) + "LP", strings.Repeat("\x01", 34) + "LP", strings.Repeat("\x00", 33) + "LP",
	"\x00\x01\x00\x00", "OTTO", "ttcf", "wOFF", "wOF2", "\x1f\x8b\x08", "PK\x03\x04", "Rar!\x1a\x07\x00",
	"Rar!\x1a\x07\x01\x00", "Rar!\x1a\x07\x02", "\x00asm\x01\x00\x00\x00", "text\x1b", "text\x0b", "text\x1c",
	"text\x7f", "caf\xc3\xa9", "\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp41isom",
	"\x00\x00\x00\x14ftypisom\x00\x00\x00\x00mp41", "\x00\x00\x00\x10ftypmp41\x00\x00\x00\x00",
	"\x00\x00\x00\x0dftypmp41\x00\x00\x00\x00mp41", "\x00\x00\x00\x40ftypmp41\x00\x00\x00\x00",
	"\x00\x00\x00\x00ftypmp41", strings.Repeat(" ", 600) + "<html>", strings.Repeat("a", 511) + "\x00",
	strings.Repeat("a", 512) + "\x00",
}

func TestMatchesNetHTTP(t *testing.T) {
	for _, s := range samples {
		if got, want := DetectContentType([]byte(s)), http.DetectContentType([]byte(s)); got != want {
			t.Errorf("DetectContentType(%q) = %q, net/http says %q", s, got, want)
		}
	}
}

func FuzzMatchesNetHTTP(f *testing.F) {
	for _, s := range samples {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, want := DetectContentType(data), http.DetectContentType(data); got != want {
			t.Errorf("DetectContentType(%q) = %q, net/http says %q", data, got, want)
		}
	})
}
