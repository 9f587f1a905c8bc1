// node:trace_events. Kiln records no trace events (node's are written by
// its tracing agent, which Kiln does not have), so the module is what node
// gives where tracing is unavailable, as in a worker: requiring it throws
// ERR_TRACE_EVENTS_UNAVAILABLE, and a program can fall back.

throw binding.nodeError('Error', 'ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable');
