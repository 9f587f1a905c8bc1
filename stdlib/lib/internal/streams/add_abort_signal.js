// addAbortSignal(signal, stream): aborting the signal destroys the stream
// with an AbortError whose cause is the signal's reason.

const { errors, isNodeStream } = require('internal/streams/utils');

function addAbortSignal(signal, stream) {
  require('internal/abort_controller').validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream)) {
    throw errors.invalidArgType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = () => stream.destroy(errors.abort(signal));
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { __proto__: null, once: true });
    require('internal/streams/end_of_stream').eos(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
