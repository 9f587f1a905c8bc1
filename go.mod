module github.com/kilnjs/kiln

go 1.26.8

require (
	github.com/andybalholm/brotli v1.3.0
	github.com/evanw/esbuild v0.28.2
	github.com/google/go-cmp v0.7.0
	golang.org/x/sys v0.50.0
	golang.org/x/text v0.44.0
)

replace github.com/evanw/esbuild v0.28.2 => ./third_party/esbuild

replace github.com/andybalholm/brotli v1.3.0 => ./third_party/brotli
