package regex

import "unicode"

// Property gives other packages the Unicode property tables that \p{…} uses, so that one copy of the data serves
// both the RegExp engine and the VM's text segmentation (Intl.Segmenter's UAX #29 rules need Grapheme_Extend,
// Extended_Pictographic, Emoji_Modifier and general categories, which is exactly what props.go already holds).
//
// name is anything \p{…} accepts ("Lu", "gc=Mc", "Script=Han", "Extended_Pictographic") or the name of any other
// binary property Go's unicode package has (Prepended_Concatenation_Mark, Regional_Indicator, …), which \p{…} does
// not list in table 68 but UAX #29 needs. ok is false for an unknown name. The returned function is safe for
// concurrent use: the sets are immutable once built.
func Property(name string) (has func(rune) bool, ok bool) {
	s, ok := propertySet(name)
	if !ok {
		if _, known := unicode.Properties[name]; !known {
			return nil, false
		}
		s = binarySet(name)
	}
	return s.has, true
}
