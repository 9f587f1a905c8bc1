// Helper: fails while loading, after counting the attempt.
globalThis.throwsOnLoadAttempts = (globalThis.throwsOnLoadAttempts || 0) + 1;
exports.partial = 'assigned before the throw';
throw new Error('module failed to load');
