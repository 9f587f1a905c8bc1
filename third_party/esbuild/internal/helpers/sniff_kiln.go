// Kiln's: update-esbuild.sh copies this file from third_party/sniff/sniff.go.

package helpers

// sniffLen is how much of the data the rules look at.
const sniffLen = 512

type rule uint8

const (
	exact  rule = iota // data starts with pat
	masked             // data[i]&mask[i] == pat[i] for every i of pat
	maskWS             // masked, after leading whitespace
	html               // after leading whitespace, pat with its letters in either case, then a space or '>'
	mp4                // an ISO media file whose brands include mp4
	text               // no byte that binary data has and text does not
)

type signature struct {
	rule      rule
	pat, mask string
	ct        string
}

const htmlType = "text/html; charset=utf-8"

// signatures are tried in order; the first that matches gives the type.
var signatures = [...]signature{
	{rule: html, pat: "<!DOCTYPE HTML", ct: htmlType},
	{rule: html, pat: "<HTML", ct: htmlType},
	{rule: html, pat: "<HEAD", ct: htmlType},
	{rule: html, pat: "<SCRIPT", ct: htmlType},
	{rule: html, pat: "<IFRAME", ct: htmlType},
	{rule: html, pat: "<H1", ct: htmlType},
	{rule: html, pat: "<DIV", ct: htmlType},
	{rule: html, pat: "<FONT", ct: htmlType},
	{rule: html, pat: "<TABLE", ct: htmlType},
	{rule: html, pat: "<A", ct: htmlType},
	{rule: html, pat: "<STYLE", ct: htmlType},
	{rule: html, pat: "<TITLE", ct: htmlType},
	{rule: html, pat: "<B", ct: htmlType},
	{rule: html, pat: "<BODY", ct: htmlType},
	{rule: html, pat: "<BR", ct: htmlType},
	{rule: html, pat: "<P", ct: htmlType},
	{rule: html, pat: "<!--", ct: htmlType},
	{rule: maskWS, pat: "<?xml", mask: "\xff\xff\xff\xff\xff", ct: "text/xml; charset=utf-8"},
	{rule: exact, pat: "%PDF-", ct: "application/pdf"},
	{rule: exact, pat: "%!PS-Adobe-", ct: "application/postscript"},

	// Byte order marks; the masks make these need four bytes of data.
	{rule: masked, pat: "\xfe\xff\x00\x00", mask: "\xff\xff\x00\x00", ct: "text/plain; charset=utf-16be"},
	{rule: masked, pat: "\xff\xfe\x00\x00", mask: "\xff\xff\x00\x00", ct: "text/plain; charset=utf-16le"},
	{rule: masked, pat: "\xef\xbb\xbf\x00", mask: "\xff\xff\xff\x00", ct: "text/plain; charset=utf-8"},

	// Images.
	{rule: exact, pat: "\x00\x00\x01\x00", ct: "image/x-icon"},
	{rule: exact, pat: "\x00\x00\x02\x00", ct: "image/x-icon"},
	{rule: exact, pat: "BM", ct: "image/bmp"},
	{rule: exact, pat: "GIF87a", ct: "image/gif"},
	{rule: exact, pat: "GIF89a", ct: "image/gif"},
	{rule: masked, pat: "RIFF\x00\x00\x00\x00WEBPVP", mask: "\xff\xff\xff\xff\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff", ct: "image/webp"},
	{rule: exact, pat: "\x89PNG\r\n\x1a\n", ct: "image/png"},
	{rule: exact, pat: "\xff\xd8\xff", ct: "image/jpeg"},

	// Audio and video.
	{rule: masked, pat: "FORM\x00\x00\x00\x00AIFF", mask: "\xff\xff\xff\xff\x00\x00\x00\x00\xff\xff\xff\xff", ct: "audio/aiff"},
	{rule: masked, pat: "ID3", mask: "\xff\xff\xff", ct: "audio/mpeg"},
	{rule: masked, pat: "OggS\x00", mask: "\xff\xff\xff\xff\xff", ct: "application/ogg"},
	{rule: masked, pat: "MThd\x00\x00\x00\x06", mask: "\xff\xff\xff\xff\xff\xff\xff\xff", ct: "audio/midi"},
	{rule: masked, pat: "RIFF\x00\x00\x00\x00AVI ", mask: "\xff\xff\xff\xff\x00\x00\x00\x00\xff\xff\xff\xff", ct: "video/avi"},
	{rule: masked, pat: "RIFF\x00\x00\x00\x00WAVE", mask: "\xff\xff\xff\xff\x00\x00\x00\x00\xff\xff\xff\xff", ct: "audio/wave"},
	{rule: mp4, ct: "video/mp4"},
	{rule: exact, pat: "\x1a\x45\xdf\xa3", ct: "video/webm"},

	// Fonts. Embedded OpenType is 34 bytes of anything, then "LP".
	{rule: masked, pat: "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00LP",
		mask: "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff",
		ct:   "application/vnd.ms-fontobject"},
	{rule: exact, pat: "\x00\x01\x00\x00", ct: "font/ttf"},
	{rule: exact, pat: "OTTO", ct: "font/otf"},
	{rule: exact, pat: "ttcf", ct: "font/collection"},
	{rule: exact, pat: "wOFF", ct: "font/woff"},
	{rule: exact, pat: "wOF2", ct: "font/woff2"},

	// Archives. RAR goes by RAR Labs' signatures, as Go's table does.
	{rule: exact, pat: "\x1f\x8b\x08", ct: "application/x-gzip"},
	{rule: exact, pat: "PK\x03\x04", ct: "application/zip"},
	{rule: exact, pat: "Rar!\x1a\x07\x00", ct: "application/x-rar-compressed"},
	{rule: exact, pat: "Rar!\x1a\x07\x01\x00", ct: "application/x-rar-compressed"},

	{rule: exact, pat: "\x00asm", ct: "application/wasm"},

	{rule: text, ct: "text/plain; charset=utf-8"},
}

// DetectContentType returns the MIME type of data, judged by at most its
// first 512 bytes, or "application/octet-stream" when no rule matches.
func DetectContentType(data []byte) string {
	if len(data) > sniffLen {
		data = data[:sniffLen]
	}
	ws := 0
	for ws < len(data) && isWhitespace(data[ws]) {
		ws++
	}
	for i := range signatures {
		if s := &signatures[i]; s.matches(data, ws) {
			return s.ct
		}
	}
	return "application/octet-stream"
}

func (s *signature) matches(data []byte, ws int) bool {
	switch s.rule {
	case exact:
		return len(data) >= len(s.pat) && string(data[:len(s.pat)]) == s.pat
	case maskWS:
		data = data[ws:]
		fallthrough
	case masked:
		if len(data) < len(s.pat) {
			return false
		}
		for i := 0; i < len(s.pat); i++ {
			if data[i]&s.mask[i] != s.pat[i] {
				return false
			}
		}
		return true
	case html:
		data = data[ws:]
		if len(data) <= len(s.pat) {
			return false
		}
		for i := 0; i < len(s.pat); i++ {
			b := data[i]
			if 'A' <= s.pat[i] && s.pat[i] <= 'Z' {
				b &= 0xdf // upper case
			}
			if b != s.pat[i] {
				return false
			}
		}
		return data[len(s.pat)] == ' ' || data[len(s.pat)] == '>'
	case mp4:
		return isMP4(data)
	default: // text
		for _, b := range data[ws:] {
			if b <= 0x08 || b == 0x0b || 0x0e <= b && b <= 0x1a || 0x1c <= b && b <= 0x1f {
				return false
			}
		}
		return true
	}
}

// isMP4 is the MIME Sniffing Standard's signature for MP4 (section 7.1): a
// "ftyp" box, read as far as the data goes, whose major or a compatible
// brand starts "mp4".
func isMP4(data []byte) bool {
	if len(data) < 12 {
		return false
	}
	size := int(data[0])<<24 | int(data[1])<<16 | int(data[2])<<8 | int(data[3])
	if len(data) < size || size%4 != 0 || string(data[4:8]) != "ftyp" {
		return false
	}
	for at := 8; at < size; at += 4 {
		if at != 12 && string(data[at:at+3]) == "mp4" { // 12: the major brand's version
			return true
		}
	}
	return false
}

func isWhitespace(b byte) bool {
	return b == '\t' || b == '\n' || b == '\x0c' || b == '\r' || b == ' '
}
