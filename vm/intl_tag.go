package vm

import (
	"slices"
	"strings"
)

// Language tags as ECMA-402 §6.2.1 IsStructurallyValidLanguageTag reads
// them: the unicode_locale_id grammar of UTS #35 (Part 1, §3.2), without its
// backwards-compatible forms (no "root", no tag that starts with a script, no
// "_"), without duplicate variants or duplicate extension singletons. x/text
// accepts more (BCP 47's grandfathered and private-use-only tags, "_"), so
// Kiln checks the grammar itself first.
//
// V8 rejects a bad tag in two steps, with two messages, and Kiln gives the
// same ones: a tag that does not start with a unicode_language_id is
// "Incorrect locale information provided"; one that does but is not valid as
// a whole is "Invalid language tag: " and the tag in lower case.

// tagError is why a language tag was rejected, as the RangeError's message.
type tagError string

func (e tagError) Error() string { return string(e) }

const errLocaleInformation tagError = "Incorrect locale information provided"

// checkLanguageTag returns the tag in ASCII lower case, or the error V8
// gives for it.
func checkLanguageTag(tag string) (string, error) {
	lower := asciiLower(tag)
	if !startsWithLanguageID(lower) {
		return "", errLocaleInformation
	}
	if !wellFormedLocaleID(lower) {
		return "", tagError("Invalid language tag: " + lower)
	}
	return lower, nil
}

func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// startsWithLanguageID is V8's first check: the subtags up to the first
// extension singleton form a unicode_language_id. Like V8 it splits on "-"
// without keeping a trailing empty subtag, so "en-" passes here and fails
// the whole-tag check.
func startsWithLanguageID(tag string) bool {
	subtags := strings.Split(strings.TrimSuffix(tag, "-"), "-")
	if tag == "" || !isLanguageSubtag(subtags[0]) {
		return false
	}
	i := 1
	if i < len(subtags) && isScriptSubtag(subtags[i]) {
		i++
	}
	if i < len(subtags) && isRegionSubtag(subtags[i]) {
		i++
	}
	for ; i < len(subtags); i++ {
		if len(subtags[i]) == 1 && isAlnum(subtags[i]) {
			return true
		}
		if !isVariantSubtag(subtags[i]) {
			return false
		}
	}
	return true
}

// wellFormedLocaleID reports whether a lower-case tag is a
// unicode_locale_id that ECMA-402 accepts.
func wellFormedLocaleID(tag string) bool {
	subtags := strings.Split(tag, "-")
	i, ok := languageID(subtags, 0)
	if !ok {
		return false
	}
	var singletons [36]bool
	for i < len(subtags) {
		s := subtags[i]
		if len(s) != 1 || !isAlnum(s) {
			return false
		}
		n := strings.IndexByte("0123456789abcdefghijklmnopqrstuvwxyz", s[0])
		if singletons[n] {
			return false
		}
		singletons[n] = true
		i++
		switch s {
		case "u":
			i, ok = unicodeExtension(subtags, i)
		case "t":
			i, ok = transformedExtension(subtags, i)
		case "x":
			// A private use extension runs to the end.
			start := i
			for i < len(subtags) && len(subtags[i]) <= 8 && isAlnum(subtags[i]) {
				i++
			}
			ok = i > start && i == len(subtags)
		default:
			start := i
			for i < len(subtags) && len(subtags[i]) >= 2 && len(subtags[i]) <= 8 && isAlnum(subtags[i]) {
				i++
			}
			ok = i > start
		}
		if !ok {
			return false
		}
	}
	return true
}

// languageID reads a unicode_language_id from subtags[i:] and returns where
// it ends: language, then an optional script, region and distinct variants.
func languageID(subtags []string, i int) (int, bool) {
	if i >= len(subtags) || !isLanguageSubtag(subtags[i]) {
		return i, false
	}
	i++
	if i < len(subtags) && isScriptSubtag(subtags[i]) {
		i++
	}
	if i < len(subtags) && isRegionSubtag(subtags[i]) {
		i++
	}
	start := i
	for ; i < len(subtags) && isVariantSubtag(subtags[i]); i++ {
		for _, v := range subtags[start:i] {
			if v == subtags[i] {
				return i, false
			}
		}
	}
	return i, true
}

// unicodeExtension reads the subtags of a -u- extension: attributes, then
// keywords (a two-character key and its type subtags); at least one of them.
func unicodeExtension(subtags []string, i int) (int, bool) {
	start := i
	for i < len(subtags) && len(subtags[i]) >= 3 && len(subtags[i]) <= 8 && isAlnum(subtags[i]) {
		i++
	}
	for i < len(subtags) && isUnicodeKey(subtags[i]) {
		i++
		for i < len(subtags) && len(subtags[i]) >= 3 && len(subtags[i]) <= 8 && isAlnum(subtags[i]) {
			i++
		}
	}
	return i, i > start
}

// transformedExtension reads the subtags of a -t- extension: an optional
// source language (tlang), then fields (a letter-digit key and one or more
// values); at least one of them.
func transformedExtension(subtags []string, i int) (int, bool) {
	start := i
	if i < len(subtags) && isLanguageSubtag(subtags[i]) {
		var ok bool
		if i, ok = languageID(subtags, i); !ok {
			return i, false
		}
	}
	for i < len(subtags) && len(subtags[i]) == 2 && isAlpha(subtags[i][:1]) && isDigit(subtags[i][1:]) {
		i++
		values := i
		for i < len(subtags) && len(subtags[i]) >= 3 && len(subtags[i]) <= 8 && isAlnum(subtags[i]) {
			i++
		}
		if i == values {
			return i, false
		}
	}
	return i, i > start
}

func isLanguageSubtag(s string) bool {
	return (len(s) >= 2 && len(s) <= 3 || len(s) >= 5 && len(s) <= 8) && isAlpha(s)
}

func isScriptSubtag(s string) bool { return len(s) == 4 && isAlpha(s) }

func isRegionSubtag(s string) bool {
	return len(s) == 2 && isAlpha(s) || len(s) == 3 && isDigit(s)
}

func isVariantSubtag(s string) bool {
	return isAlnum(s) && (len(s) >= 5 && len(s) <= 8 || len(s) == 4 && isDigit(s[:1]))
}

func isUnicodeKey(s string) bool { return len(s) == 2 && isAlnum(s[:1]) && isAlpha(s[1:]) }

func isAlpha(s string) bool { return strings.Trim(s, "abcdefghijklmnopqrstuvwxyz") == "" }

func isDigit(s string) bool { return strings.Trim(s, "0123456789") == "" }

func isAlnum(s string) bool { return strings.Trim(s, "abcdefghijklmnopqrstuvwxyz0123456789") == "" }

// keywordTypeAliases are the deprecated types of CLDR's bcp47 data
// (common/bcp47/*.xml, "deprecated" with a "preferred" type) for the keys
// ECMA-402 reads, keyed by key and type as written in a tag.
var keywordTypeAliases = table[string]{
	{"ca-ethiopic-amete-alem", "ethioaa"}, {"ca-islamicc", "islamic-civil"},
	{"ks-primary", "level1"}, {"ks-tertiary", "level3"}, {"ms-imperial", "uksystem"},
}

// canonicalKeywords puts a well-formed lower-case tag's -u- keywords in
// UTS #35's canonical form as far as order does not matter: a repeated key
// keeps its first value ("en-u-ca-gregory-ca-buddhist" is "en-u-ca-gregory"),
// a type of "true" (or its alias "yes") goes ("en-u-kn-true" is "en-u-kn"),
// a deprecated type gives way to its replacement, and attributes are
// sorted.
func canonicalKeywords(tag string) string {
	subtags := strings.Split(tag, "-")
	// Single-character subtags are singletons until the private use
	// extension, whose own subtags may be one character long.
	u := -1
	for i, s := range subtags {
		if s == "x" {
			break
		}
		if s == "u" {
			u = i
			break
		}
	}
	if u < 0 {
		return tag
	}
	out := subtags[: u+1 : u+1]
	// Attributes come first, in alphabetical order.
	a := u + 1
	for a < len(subtags) && len(subtags[a]) >= 3 {
		a++
	}
	attrs := slices.Clone(subtags[u+1 : a])
	slices.Sort(attrs)
	out = append(out, attrs...)
	var keys []string
	for i := a; i < len(subtags); {
		s := subtags[i]
		if len(s) == 1 { // the next extension
			out = append(out, subtags[i:]...)
			break
		}
		j := i + 1
		if isUnicodeKey(s) {
			for j < len(subtags) && len(subtags[j]) >= 3 {
				j++
			}
			if slices.Contains(keys, s) {
				i = j
				continue
			}
			keys = append(keys, s)
			if j == i+2 && (subtags[i+1] == "true" || subtags[i+1] == "yes") {
				out = append(out, s)
				i = j
				continue
			}
			if alias, ok := keywordTypeAliases.get(strings.Join(subtags[i:j], "-")); ok {
				out = append(out, s)
				out = append(out, strings.Split(alias, "-")...)
				i = j
				continue
			}
		}
		out = append(out, subtags[i:j]...)
		i = j
	}
	return strings.Join(out, "-")
}
