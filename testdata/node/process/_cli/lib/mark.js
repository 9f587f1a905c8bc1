// Preloaded through NODE_OPTIONS by spawn_hooks.js.
globalThis.preloaded = (globalThis.preloaded || 0) + 1;
