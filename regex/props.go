package regex

import (
	"sync"
	"unicode"
)

// Unicode property escapes (§22.2.2.9 \p{…} / \P{…}, tables 67–69). The data is Go's unicode package: General
// categories and scripts directly, binary properties either directly or derived by their UCD definitions
// (DerivedCoreProperties.txt) from the Other_* contributory properties Go exports. Script_Extensions uses the
// Script data, which Go lacks the extension lists for.
//
// Binary properties Go has no data for (Emoji and its relatives, Bidi_Mirrored, the Changes_When_* family) come
// from props_node.go, generated from node's ICU. Properties of strings are accepted and match nothing: a package
// that mentions one in a literal keeps loading, and the gap is listed in doc.go.

//go:generate sh -c "node gen_props.js > props_node.go && gofmt -w props_node.go"

// gcAliases maps every General_Category value name and alias to Go's short name.
var gcAliases = map[string]string{
	"C": "C", "Other": "C", "Cc": "Cc", "Control": "Cc", "cntrl": "Cc", "Cf": "Cf", "Format": "Cf",
	"Cn": "Cn", "Unassigned": "Cn", "Co": "Co", "Private_Use": "Co", "Cs": "Cs", "Surrogate": "Cs",
	"L": "L", "Letter": "L", "LC": "LC", "Cased_Letter": "LC", "Ll": "Ll", "Lowercase_Letter": "Ll",
	"Lm": "Lm", "Modifier_Letter": "Lm", "Lo": "Lo", "Other_Letter": "Lo", "Lt": "Lt", "Titlecase_Letter": "Lt",
	"Lu": "Lu", "Uppercase_Letter": "Lu", "M": "M", "Mark": "M", "Combining_Mark": "M", "Mc": "Mc",
	"Spacing_Mark": "Mc", "Me": "Me", "Enclosing_Mark": "Me", "Mn": "Mn", "Nonspacing_Mark": "Mn",
	"N": "N", "Number": "N", "Nd": "Nd", "Decimal_Number": "Nd", "digit": "Nd", "Nl": "Nl", "Letter_Number": "Nl",
	"No": "No", "Other_Number": "No", "P": "P", "Punctuation": "P", "punct": "P", "Pc": "Pc",
	"Connector_Punctuation": "Pc", "Pd": "Pd", "Dash_Punctuation": "Pd", "Pe": "Pe", "Close_Punctuation": "Pe",
	"Pf": "Pf", "Final_Punctuation": "Pf", "Pi": "Pi", "Initial_Punctuation": "Pi", "Po": "Po",
	"Other_Punctuation": "Po", "Ps": "Ps", "Open_Punctuation": "Ps", "S": "S", "Symbol": "S", "Sc": "Sc",
	"Currency_Symbol": "Sc", "Sk": "Sk", "Modifier_Symbol": "Sk", "Sm": "Sm", "Math_Symbol": "Sm", "So": "So",
	"Other_Symbol": "So", "Z": "Z", "Separator": "Z", "Zl": "Zl", "Line_Separator": "Zl", "Zp": "Zp",
	"Paragraph_Separator": "Zp", "Zs": "Zs", "Space_Separator": "Zs",
}

// binaryAliases maps every binary property name and alias of table 68 to its long name.
var binaryAliases = map[string]string{}

func init() {
	for _, names := range [][]string{
		{"ASCII"}, {"ASCII_Hex_Digit", "AHex"}, {"Alphabetic", "Alpha"}, {"Any"}, {"Assigned"},
		{"Bidi_Control", "Bidi_C"}, {"Bidi_Mirrored", "Bidi_M"}, {"Case_Ignorable", "CI"}, {"Cased"},
		{"Changes_When_Casefolded", "CWCF"}, {"Changes_When_Casemapped", "CWCM"},
		{"Changes_When_Lowercased", "CWL"}, {"Changes_When_NFKC_Casefolded", "CWKCF"},
		{"Changes_When_Titlecased", "CWT"}, {"Changes_When_Uppercased", "CWU"}, {"Dash"},
		{"Default_Ignorable_Code_Point", "DI"}, {"Deprecated", "Dep"}, {"Diacritic", "Dia"}, {"Emoji"},
		{"Emoji_Component", "EComp"}, {"Emoji_Modifier", "EMod"}, {"Emoji_Modifier_Base", "EBase"},
		{"Emoji_Presentation", "EPres"}, {"Extended_Pictographic", "ExtPict"}, {"Extender", "Ext"},
		{"Grapheme_Base", "Gr_Base"}, {"Grapheme_Extend", "Gr_Ext"}, {"Hex_Digit", "Hex"},
		{"IDS_Binary_Operator", "IDSB"}, {"IDS_Trinary_Operator", "IDST"}, {"ID_Continue", "IDC"},
		{"ID_Start", "IDS"}, {"Ideographic", "Ideo"}, {"Join_Control", "Join_C"},
		{"Logical_Order_Exception", "LOE"}, {"Lowercase", "Lower"}, {"Math"}, {"Noncharacter_Code_Point", "NChar"},
		{"Pattern_Syntax", "Pat_Syn"}, {"Pattern_White_Space", "Pat_WS"}, {"Quotation_Mark", "QMark"},
		{"Radical"}, {"Regional_Indicator", "RI"}, {"Sentence_Terminal", "STerm"}, {"Soft_Dotted", "SD"},
		{"Terminal_Punctuation", "Term"}, {"Unified_Ideograph", "UIdeo"}, {"Uppercase", "Upper"},
		{"Variation_Selector", "VS"}, {"White_Space", "space"}, {"XID_Continue", "XIDC"}, {"XID_Start", "XIDS"},
	} {
		for _, n := range names {
			binaryAliases[n] = names[0]
		}
	}
	for long, shorts := range scriptAliasList {
		scriptAliases[long] = long
		for _, s := range shorts {
			scriptAliases[s] = long
		}
	}
	scriptAliases["Unknown"] = "Unknown"
	scriptAliases["Zzzz"] = "Unknown"
}

// stringProperties are the properties of strings (table 69), valid only with the v flag.
var stringProperties = map[string]bool{
	"Basic_Emoji": true, "Emoji_Keycap_Sequence": true, "RGI_Emoji_Modifier_Sequence": true,
	"RGI_Emoji_Flag_Sequence": true, "RGI_Emoji_Tag_Sequence": true, "RGI_Emoji_ZWJ_Sequence": true, "RGI_Emoji": true,
}

var scriptAliases = map[string]string{}

// scriptAliasList gives the short aliases (PropertyValueAliases.txt, sc) of each script Go knows.
var scriptAliasList = map[string][]string{
	"Adlam":                  {"Adlm"},
	"Anatolian_Hieroglyphs":  {"Hluw"},
	"Arabic":                 {"Arab"},
	"Armenian":               {"Armn"},
	"Avestan":                {"Avst"},
	"Balinese":               {"Bali"},
	"Bamum":                  {"Bamu"},
	"Bassa_Vah":              {"Bass"},
	"Batak":                  {"Batk"},
	"Bengali":                {"Beng"},
	"Beria_Erfe":             {"Berf"},
	"Bhaiksuki":              {"Bhks"},
	"Bopomofo":               {"Bopo"},
	"Brahmi":                 {"Brah"},
	"Braille":                {"Brai"},
	"Buginese":               {"Bugi"},
	"Buhid":                  {"Buhd"},
	"Canadian_Aboriginal":    {"Cans"},
	"Carian":                 {"Cari"},
	"Caucasian_Albanian":     {"Aghb"},
	"Chakma":                 {"Cakm"},
	"Cherokee":               {"Cher"},
	"Chorasmian":             {"Chrs"},
	"Common":                 {"Zyyy"},
	"Coptic":                 {"Copt", "Qaac"},
	"Cuneiform":              {"Xsux"},
	"Cypriot":                {"Cprt"},
	"Cypro_Minoan":           {"Cpmn"},
	"Cyrillic":               {"Cyrl"},
	"Deseret":                {"Dsrt"},
	"Devanagari":             {"Deva"},
	"Dives_Akuru":            {"Diak"},
	"Dogra":                  {"Dogr"},
	"Duployan":               {"Dupl"},
	"Egyptian_Hieroglyphs":   {"Egyp"},
	"Elbasan":                {"Elba"},
	"Elymaic":                {"Elym"},
	"Ethiopic":               {"Ethi"},
	"Garay":                  {"Gara"},
	"Georgian":               {"Geor"},
	"Glagolitic":             {"Glag"},
	"Gothic":                 {"Goth"},
	"Grantha":                {"Gran"},
	"Greek":                  {"Grek"},
	"Gujarati":               {"Gujr"},
	"Gunjala_Gondi":          {"Gong"},
	"Gurmukhi":               {"Guru"},
	"Gurung_Khema":           {"Gukh"},
	"Han":                    {"Hani"},
	"Hangul":                 {"Hang"},
	"Hanifi_Rohingya":        {"Rohg"},
	"Hanunoo":                {"Hano"},
	"Hatran":                 {"Hatr"},
	"Hebrew":                 {"Hebr"},
	"Hiragana":               {"Hira"},
	"Imperial_Aramaic":       {"Armi"},
	"Inherited":              {"Qaai", "Zinh"},
	"Inscriptional_Pahlavi":  {"Phli"},
	"Inscriptional_Parthian": {"Prti"},
	"Javanese":               {"Java"},
	"Kaithi":                 {"Kthi"},
	"Kannada":                {"Knda"},
	"Katakana":               {"Kana"},
	"Kayah_Li":               {"Kali"},
	"Kharoshthi":             {"Khar"},
	"Khitan_Small_Script":    {"Kits"},
	"Khmer":                  {"Khmr"},
	"Khojki":                 {"Khoj"},
	"Khudawadi":              {"Sind"},
	"Kirat_Rai":              {"Krai"},
	"Lao":                    {"Laoo"},
	"Latin":                  {"Latn"},
	"Lepcha":                 {"Lepc"},
	"Limbu":                  {"Limb"},
	"Linear_A":               {"Lina"},
	"Linear_B":               {"Linb"},
	"Lycian":                 {"Lyci"},
	"Lydian":                 {"Lydi"},
	"Mahajani":               {"Mahj"},
	"Makasar":                {"Maka"},
	"Malayalam":              {"Mlym"},
	"Mandaic":                {"Mand"},
	"Manichaean":             {"Mani"},
	"Marchen":                {"Marc"},
	"Masaram_Gondi":          {"Gonm"},
	"Medefaidrin":            {"Medf"},
	"Meetei_Mayek":           {"Mtei"},
	"Mende_Kikakui":          {"Mend"},
	"Meroitic_Cursive":       {"Merc"},
	"Meroitic_Hieroglyphs":   {"Mero"},
	"Miao":                   {"Plrd"},
	"Mongolian":              {"Mong"},
	"Mro":                    {"Mroo"},
	"Multani":                {"Mult"},
	"Myanmar":                {"Mymr"},
	"Nabataean":              {"Nbat"},
	"Nag_Mundari":            {"Nagm"},
	"Nandinagari":            {"Nand"},
	"New_Tai_Lue":            {"Talu"},
	"Nko":                    {"Nkoo"},
	"Nushu":                  {"Nshu"},
	"Nyiakeng_Puachue_Hmong": {"Hmnp"},
	"Ogham":                  {"Ogam"},
	"Ol_Chiki":               {"Olck"},
	"Ol_Onal":                {"Onao"},
	"Old_Hungarian":          {"Hung"},
	"Old_Italic":             {"Ital"},
	"Old_North_Arabian":      {"Narb"},
	"Old_Permic":             {"Perm"},
	"Old_Persian":            {"Xpeo"},
	"Old_Sogdian":            {"Sogo"},
	"Old_South_Arabian":      {"Sarb"},
	"Old_Turkic":             {"Orkh"},
	"Old_Uyghur":             {"Ougr"},
	"Oriya":                  {"Orya"},
	"Osage":                  {"Osge"},
	"Osmanya":                {"Osma"},
	"Pahawh_Hmong":           {"Hmng"},
	"Palmyrene":              {"Palm"},
	"Pau_Cin_Hau":            {"Pauc"},
	"Phags_Pa":               {"Phag"},
	"Phoenician":             {"Phnx"},
	"Psalter_Pahlavi":        {"Phlp"},
	"Rejang":                 {"Rjng"},
	"Runic":                  {"Runr"},
	"Samaritan":              {"Samr"},
	"Saurashtra":             {"Saur"},
	"Sharada":                {"Shrd"},
	"Shavian":                {"Shaw"},
	"Siddham":                {"Sidd"},
	"Sidetic":                {"Sidt"},
	"SignWriting":            {"Sgnw"},
	"Sinhala":                {"Sinh"},
	"Sogdian":                {"Sogd"},
	"Sora_Sompeng":           {"Sora"},
	"Soyombo":                {"Soyo"},
	"Sundanese":              {"Sund"},
	"Sunuwar":                {"Sunu"},
	"Syloti_Nagri":           {"Sylo"},
	"Syriac":                 {"Syrc"},
	"Tagalog":                {"Tglg"},
	"Tagbanwa":               {"Tagb"},
	"Tai_Le":                 {"Tale"},
	"Tai_Tham":               {"Lana"},
	"Tai_Viet":               {"Tavt"},
	"Tai_Yo":                 {"Tayo"},
	"Takri":                  {"Takr"},
	"Tamil":                  {"Taml"},
	"Tangsa":                 {"Tnsa"},
	"Tangut":                 {"Tang"},
	"Telugu":                 {"Telu"},
	"Thaana":                 {"Thaa"},
	"Tibetan":                {"Tibt"},
	"Tifinagh":               {"Tfng"},
	"Tirhuta":                {"Tirh"},
	"Todhri":                 {"Todr"},
	"Tolong_Siki":            {"Tols"},
	"Tulu_Tigalari":          {"Tutg"},
	"Ugaritic":               {"Ugar"},
	"Unknown":                {"Zzzz"},
	"Vai":                    {"Vaii"},
	"Vithkuqi":               {"Vith"},
	"Wancho":                 {"Wcho"},
	"Warang_Citi":            {"Wara"},
	"Yezidi":                 {"Yezi"},
	"Yi":                     {"Yiii"},
	"Zanabazar_Square":       {"Zanb"},
}

func init() {
	for name := range unicode.Scripts {
		scriptAliases[name] = name
	}
}

// propertySet resolves the body of \p{…}: "Name=Value" or a lone name, which is a General_Category value or a
// binary property (§22.2.2.9.1). ok is false for a name the spec does not know.
func propertySet(body string) (s *charSet, ok bool) {
	if i := indexByte(body, '='); i >= 0 {
		name, value := body[:i], body[i+1:]
		switch name {
		case "General_Category", "gc":
			if gc, ok := gcAliases[value]; ok {
				return categorySet(gc), true
			}
		case "Script", "sc", "Script_Extensions", "scx":
			if sc, ok := scriptAliases[value]; ok {
				return scriptSet(sc), true
			}
		}
		return nil, false
	}
	if gc, ok := gcAliases[body]; ok {
		return categorySet(gc), true
	}
	if long, ok := binaryAliases[body]; ok {
		return binarySet(long), true
	}
	return nil, false
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

var propCache sync.Map // string → *charSet, so that repeated \p escapes do not rebuild tables

func cached(key string, build func() *charSet) *charSet {
	if s, ok := propCache.Load(key); ok {
		return s.(*charSet)
	}
	s, _ := propCache.LoadOrStore(key, build())
	return s.(*charSet)
}

func categorySet(gc string) *charSet {
	return cached("gc="+gc, func() *charSet {
		switch gc {
		case "Cn":
			return assignedSet().negate(maxRune)
		case "C":
			s := fromTable(unicode.C)
			s.addSet(assignedSet().negate(maxRune))
			s.normalize()
			return s
		case "LC":
			return union(unicode.Lu, unicode.Ll, unicode.Lt)
		}
		return fromTable(unicode.Categories[gc])
	})
}

// assignedSet is every code point with a General_Category other than Cn.
func assignedSet() *charSet {
	return cached("Assigned", func() *charSet {
		s := &charSet{}
		for name, t := range unicode.Categories {
			if len(name) == 2 && name != "LC" && name != "Cn" {
				s.addSet(fromTable(t))
			}
		}
		s.normalize()
		return s
	})
}

func scriptSet(sc string) *charSet {
	return cached("sc="+sc, func() *charSet {
		if sc == "Unknown" {
			s := &charSet{}
			for _, t := range unicode.Scripts {
				s.addSet(fromTable(t))
			}
			s.normalize()
			return s.negate(maxRune)
		}
		if t, ok := unicode.Scripts[sc]; ok {
			return fromTable(t)
		}
		return &charSet{}
	})
}

func union(ts ...*unicode.RangeTable) *charSet {
	s := &charSet{}
	for _, t := range ts {
		s.addSet(fromTable(t))
	}
	s.normalize()
	return s
}

// binarySet builds a binary property, deriving those Go does not export from their DerivedCoreProperties.txt
// definitions.
func binarySet(name string) *charSet {
	return cached(name, func() *charSet {
		if t, ok := unicode.Properties[name]; ok {
			return fromTable(t)
		}
		p := unicode.Properties
		switch name {
		case "ASCII":
			return newSet(rng{0, 0x7F})
		case "Any":
			return newSet(rng{0, maxRune})
		case "Assigned":
			return assignedSet()
		case "Alphabetic":
			return union(unicode.Lu, unicode.Ll, unicode.Lt, unicode.Lm, unicode.Lo, unicode.Nl, p["Other_Alphabetic"])
		case "Lowercase":
			return union(unicode.Ll, p["Other_Lowercase"])
		case "Uppercase":
			return union(unicode.Lu, p["Other_Uppercase"])
		case "Cased":
			return union(unicode.Ll, p["Other_Lowercase"], unicode.Lu, p["Other_Uppercase"], unicode.Lt)
		case "Math":
			return union(unicode.Sm, p["Other_Math"])
		case "ID_Start":
			return idStart()
		case "ID_Continue":
			return idContinue()
		case "XID_Start":
			return idStart().subtract(newSet(xidStartExceptions...))
		case "XID_Continue":
			return idContinue().subtract(newSet(xidContinueExceptions...))
		case "Grapheme_Extend":
			return union(unicode.Me, unicode.Mn, p["Other_Grapheme_Extend"])
		case "Grapheme_Base":
			return union(unicode.Cc, unicode.Cf, unicode.Cs, unicode.Co, unicode.Zl, unicode.Zp,
				unicode.Me, unicode.Mn, p["Other_Grapheme_Extend"]).negate(maxRune).intersect(assignedSet())
		case "Default_Ignorable_Code_Point":
			s := union(p["Other_Default_Ignorable_Code_Point"], unicode.Cf, p["Variation_Selector"])
			return s.subtract(union(p["White_Space"], p["Prepended_Concatenation_Mark"])).
				subtract(newSet(rng{0xFFF9, 0xFFFB}, rng{0x13430, 0x1343F}))
		case "Case_Ignorable":
			s := union(unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
			// Word_Break MidLetter, MidNumLet and Single_Quote, which Go does not export.
			for _, c := range []rune{'\'', '.', ':', 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027,
				0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A} {
				s.add(c, c)
			}
			s.normalize()
			return s
		}
		if rs, ok := nodeBinaryProps[name]; ok {
			return newSet(rs...)
		}
		return &charSet{}
	})
}

func idStart() *charSet {
	p := unicode.Properties
	return union(unicode.L, unicode.Nl, p["Other_ID_Start"]).subtract(union(p["Pattern_Syntax"], p["Pattern_White_Space"]))
}

func idContinue() *charSet {
	p := unicode.Properties
	s := union(unicode.L, unicode.Nl, p["Other_ID_Start"], unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc,
		p["Other_ID_Continue"])
	return s.subtract(union(p["Pattern_Syntax"], p["Pattern_White_Space"]))
}

// The characters that NFKC closure removes from ID_Start / ID_Continue to give XID_Start / XID_Continue.
var (
	xidStartExceptions = []rng{{0x37A, 0x37A}, {0xE33, 0xE33}, {0xEB3, 0xEB3}, {0x309B, 0x309C}, {0xFC5E, 0xFC63},
		{0xFDFA, 0xFDFB}, {0xFE70, 0xFE70}, {0xFE72, 0xFE72}, {0xFE74, 0xFE74}, {0xFE76, 0xFE76}, {0xFE78, 0xFE78},
		{0xFE7A, 0xFE7A}, {0xFE7C, 0xFE7C}, {0xFE7E, 0xFE7E}, {0xFF9E, 0xFF9F}}
	xidContinueExceptions = []rng{{0x37A, 0x37A}, {0x309B, 0x309C}, {0xFC5E, 0xFC63}, {0xFDFA, 0xFDFB},
		{0xFE70, 0xFE70}, {0xFE72, 0xFE72}, {0xFE74, 0xFE74}, {0xFE76, 0xFE76}, {0xFE78, 0xFE78},
		{0xFE7A, 0xFE7A}, {0xFE7C, 0xFE7C}, {0xFE7E, 0xFE7E}}
)

// Identifier characters for group names (§22.2.1 RegExpIdentifierStart / RegExpIdentifierPart).
var (
	idStartOnce    = sync.OnceValue(idStart)
	idContinueOnce = sync.OnceValue(idContinue)
)

func isIDStart(c rune) bool { return c == '$' || c == '_' || idStartOnce().has(c) }
func isIDPart(c rune) bool {
	return c == '$' || c == 0x200C || c == 0x200D || idContinueOnce().has(c)
}
