// An unhandled rejection of a value that is not an error: node's banner and frames, the reason as V8 shows it without side effects.
Promise.reject(new (class Job {})());
