package regex

import (
	"strings"
	"sync"
	"unicode"

	"github.com/kilnjs/kiln/internal/lazy"
)

// Unicode property escapes (§22.2.2.9 \p{…} / \P{…}, tables 67–69). The data is props_node.go, generated from
// node's ICU: node is the behaviour reference, and Go's unicode package is several Unicode versions behind it
// (test262 checks every code point of every property against the current version). Go's data serves only the
// names outside table 68 that Property exposes to the VM.

//go:generate sh -c "node gen_props.js > props_node.go && gofmt -w props_node.go"

// Alias tables are built on the first \p escape (aliasesOnce) rather than at package initialisation, which every
// process pays: map literals are built at run time.
var (
	gcAliases     map[string]string // every General_Category value name and alias → Go's short name
	binaryAliases map[string]string // every binary property name and alias of table 68 → its long name
	scriptAliases map[string]string // every script name and alias → its long name
)

func gcAliasTable() map[string]string {
	return map[string]string{
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
}

// aliasesOnce guards buildAliases.
var aliasesOnce sync.Once

func buildAliases() {
	gcAliases = gcAliasTable()
	binaryAliases = map[string]string{}
	scriptAliases = map[string]string{}
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
	for long, shorts := range scriptAliasList() {
		scriptAliases[long] = long
		for _, s := range shorts {
			scriptAliases[s] = long
		}
	}
	scriptAliases["Unknown"] = "Unknown"
	scriptAliases["Zzzz"] = "Unknown"
}

// stringProperty resolves a property of strings (table 69): its one-code-point strings become the set, the others
// the strings. RGI_Emoji is the union of the other six (UTS #51 ED-27). The value is cached and shared: class
// operations copy before they change anything.
func stringProperty(name string) (classVal, bool) {
	if _, ok := findStrings(name); !ok && name != "RGI_Emoji" {
		return classVal{}, false
	}
	v, _ := stringPropCache.LoadOrStore(name, sync.OnceValue(func() classVal {
		v := classVal{set: &charSet{}, strs: map[string]bool{}, mayStr: true}
		for _, t := range nodeStringProps {
			if t.name != name && name != "RGI_Emoji" {
				continue
			}
			for _, s := range t.list() {
				if r := []rune(s); len(r) == 1 {
					v.set.add(r[0], r[0])
				} else {
					v.strs[s] = true
				}
			}
		}
		v.set.normalize()
		return v
	}))
	return v.(func() classVal)(), true
}

var stringPropCache sync.Map // name → func() classVal

// The generated tables are slices, not maps: a slice of constant literals
// is laid out by the linker, while a map literal is built by package
// initialisation in every process, whether or not it ever meets a \p
// escape (that was half a millisecond of Kiln's start-up). A lookup scans
// a table of a few hundred names, once per property per process (the sets
// are cached).
type rangeTable struct {
	name   string
	ranges []rng
}

// A stringTable's strings are one string, each string followed by a NUL:
// a slice of them put a pointer per string (some 60 KB) into the binary's
// data segment, which the Go runtime walks at every start-up to map it for
// the collector, and which every collection scans.
type stringTable struct {
	name string
	strs string
}

func (t stringTable) list() []string {
	return strings.Split(strings.TrimSuffix(t.strs, "\x00"), "\x00")
}

func findRanges(tables []rangeTable, name string) ([]rng, bool) {
	for _, t := range tables {
		if t.name == name {
			return t.ranges, true
		}
	}
	return nil, false
}

func findStrings(name string) (stringTable, bool) {
	for _, t := range nodeStringProps {
		if t.name == name {
			return t, true
		}
	}
	return stringTable{}, false
}

// scriptAliasList gives the short aliases (PropertyValueAliases.txt, sc) of each script; a script whose short
// name is its long name has none. gen_props.js reads the script names from here.
func scriptAliasList() map[string][]string {
	return map[string][]string{
		"Adlam":                  {"Adlm"},
		"Ahom":                   {},
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
		"Cham":                   {},
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
		"Kawi":                   {},
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
		"Lisu":                   {},
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
		"Modi":                   {},
		"Mongolian":              {"Mong"},
		"Mro":                    {"Mroo"},
		"Multani":                {"Mult"},
		"Myanmar":                {"Mymr"},
		"Nabataean":              {"Nbat"},
		"Nag_Mundari":            {"Nagm"},
		"Nandinagari":            {"Nand"},
		"New_Tai_Lue":            {"Talu"},
		"Newa":                   {},
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
		"Thai":                   {},
		"Tibetan":                {"Tibt"},
		"Tifinagh":               {"Tfng"},
		"Tirhuta":                {"Tirh"},
		"Todhri":                 {"Todr"},
		"Tolong_Siki":            {"Tols"},
		"Toto":                   {},
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
}

// propertySet resolves the body of \p{…}: "Name=Value" or a lone name, which is a General_Category value or a
// binary property (§22.2.2.9.1). ok is false for a name the spec does not know.
func propertySet(body string) (s *charSet, ok bool) {
	aliasesOnce.Do(buildAliases)
	if i := indexByte(body, '='); i >= 0 {
		name, value := body[:i], body[i+1:]
		switch name {
		case "General_Category", "gc":
			if gc, ok := gcAliases[value]; ok {
				return categorySet(gc), true
			}
		case "Script", "sc":
			if sc, ok := scriptAliases[value]; ok {
				return scriptSet("sc=", nodeScripts, sc), true
			}
		case "Script_Extensions", "scx":
			if sc, ok := scriptAliases[value]; ok {
				return scriptSet("scx=", nodeScriptExtensions, sc), true
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

// categorySet builds a General_Category value. The one-letter groups and LC are unions of the two-letter values
// (PropertyValueAliases.txt), which are the only ones generated.
func categorySet(gc string) *charSet {
	return cached("gc="+gc, func() *charSet {
		s := &charSet{}
		for _, t := range nodeCategories {
			name, rs := t.name, t.ranges
			if name == gc || len(gc) == 1 && name[0] == gc[0] || gc == "LC" && (name == "Lu" || name == "Ll" || name == "Lt") {
				s.addRanges(rs)
			}
		}
		s.normalize()
		return s
	})
}

// assignedSet is every code point with a General_Category other than Cn.
func assignedSet() *charSet {
	return cached("Assigned", func() *charSet { return categorySet("Cn").negate(maxRune) })
}

// scriptSet builds a Script or Script_Extensions value from table; prefix keeps the two apart in the cache.
func scriptSet(prefix string, table []rangeTable, sc string) *charSet {
	return cached(prefix+sc, func() *charSet {
		rs, _ := findRanges(table, sc)
		return newSet(rs...)
	})
}

// binarySet builds a binary property. Names outside table 68 that Go's unicode package has (Property serves
// UAX #29, which needs Prepended_Concatenation_Mark) fall back to Go's data.
func binarySet(name string) *charSet {
	return cached(name, func() *charSet {
		switch name {
		case "ASCII":
			return newSet(rng{0, 0x7F})
		case "Any":
			return newSet(rng{0, maxRune})
		case "Assigned":
			return assignedSet()
		}
		if rs, ok := findRanges(nodeBinaryProps, name); ok {
			return newSet(rs...)
		}
		if t, ok := unicode.Properties[name]; ok {
			return fromTable(t)
		}
		return &charSet{}
	})
}

// Identifier characters (§12.7 IdentifierStartChar / IdentifierPartChar), used for group names (§22.2.1
// RegExpIdentifierStart / RegExpIdentifierPart) and by the parser for every identifier: the ID_Start and
// ID_Continue tables come from node's Unicode version, which Go's unicode package lags.
var (
	idStartSet    = lazy.Value[*charSet]{New: func() *charSet { return binarySet("ID_Start") }}
	idContinueSet = lazy.Value[*charSet]{New: func() *charSet { return binarySet("ID_Continue") }}
)

// IsIDStart reports whether c is an IdentifierStartChar: UnicodeIDStart, $ or _.
func IsIDStart(c rune) bool { return c == '$' || c == '_' || idStartSet.Get().has(c) }

// IsIDPart reports whether c is an IdentifierPartChar: UnicodeIDContinue, $, ZWNJ or ZWJ.
func IsIDPart(c rune) bool {
	return c == '$' || c == 0x200C || c == 0x200D || idContinueSet.Get().has(c)
}
