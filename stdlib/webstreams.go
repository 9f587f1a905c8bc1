package stdlib

// The WHATWG streams (ReadableStream, WritableStream, TransformStream and
// their readers, writers, controllers and strategies) and the encoding and
// compression streams are pure JavaScript: lib/stream/web.js on
// lib/internal/webstreams/. Node makes each of them a global that loads
// on first use, which is what registerGlobal gives.
func init() {
	for _, name := range []string{
		"ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader", "ReadableStreamBYOBRequest",
		"ReadableByteStreamController", "ReadableStreamDefaultController", "TransformStream",
		"TransformStreamDefaultController", "WritableStream", "WritableStreamDefaultWriter",
		"WritableStreamDefaultController", "ByteLengthQueuingStrategy", "CountQueuingStrategy",
		"TextEncoderStream", "TextDecoderStream", "CompressionStream", "DecompressionStream",
	} {
		registerGlobal(name, "stream/web", name)
	}
}
