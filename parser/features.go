package parser

import "strings"

// Features is a set of syntax features a program uses, one bit per esbuild
// compat.JSFeature Kiln can map to, so the driver can ask esbuild to lower
// exactly the features the compiler does not support yet.
type Features uint64

const (
	FeatureArraySpread Features = 1 << iota
	FeatureArrow
	FeatureAsyncAwait
	FeatureAsyncGenerator
	FeatureBigInt
	FeatureClass
	FeatureClassField
	FeatureClassPrivateAccessor
	FeatureClassPrivateBrandCheck
	FeatureClassPrivateField
	FeatureClassPrivateMethod
	FeatureClassPrivateStaticAccessor
	FeatureClassPrivateStaticField
	FeatureClassPrivateStaticMethod
	FeatureClassStaticBlocks
	FeatureClassStaticField
	FeatureConstAndLet
	FeatureDefaultArgument
	FeatureDestructuring
	FeatureDynamicImport
	FeatureExponentOperator
	FeatureExportStarAs
	FeatureForAwait
	FeatureForOf
	FeatureGenerator
	FeatureHashbang
	FeatureImportAttributes
	FeatureImportMeta
	FeatureLogicalAssignment
	FeatureNestedRestBinding
	FeatureNewTarget
	FeatureNullishCoalescing
	FeatureObjectAccessors
	FeatureObjectExtensions
	FeatureObjectRestSpread
	FeatureOptionalCatchBinding
	FeatureOptionalChain
	FeatureRestArgument
	FeatureTemplateLiteral
	FeatureTopLevelAwait
	FeatureUnicodeEscapes
	FeatureRegexpDotAllFlag
	FeatureRegexpLookbehindAssertions
	FeatureRegexpMatchIndices
	FeatureRegexpNamedCaptureGroups
	FeatureRegexpSetNotation
	FeatureRegexpStickyAndUnicodeFlags
	FeatureRegexpUnicodePropertyEscapes

	featureEnd
)

// esbuildFeatureNames are the keys of esbuild's api.TransformOptions.Supported
// map, in the order of the Feature bits.
var esbuildFeatureNames = [...]string{
	"array-spread", "arrow", "async-await", "async-generator", "bigint", "class", "class-field",
	"class-private-accessor", "class-private-brand-check", "class-private-field", "class-private-method",
	"class-private-static-accessor", "class-private-static-field", "class-private-static-method",
	"class-static-blocks", "class-static-field", "const-and-let", "default-argument", "destructuring",
	"dynamic-import", "exponent-operator", "export-star-as", "for-await", "for-of", "generator", "hashbang",
	"import-attributes", "import-meta", "logical-assignment", "nested-rest-binding", "new-target",
	"nullish-coalescing", "object-accessors", "object-extensions", "object-rest-spread",
	"optional-catch-binding", "optional-chain", "rest-argument", "template-literal", "top-level-await",
	"unicode-escapes", "regexp-dot-all-flag", "regexp-lookbehind-assertions", "regexp-match-indices",
	"regexp-named-capture-groups", "regexp-set-notation", "regexp-sticky-and-unicode-flags",
	"regexp-unicode-property-escapes",
}

// EsbuildNames returns the esbuild feature names of the bits set in f.
func (f Features) EsbuildNames() []string {
	var names []string
	for i := range esbuildFeatureNames {
		if f&(1<<i) != 0 {
			names = append(names, esbuildFeatureNames[i])
		}
	}
	return names
}

func (f Features) String() string { return strings.Join(f.EsbuildNames(), ",") }
