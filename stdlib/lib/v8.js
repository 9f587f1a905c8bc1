// The v8 module, as far as a runtime without V8 can honestly provide it:
// heap statistics from Kiln's own heap (through process.memoryUsage), the
// startup-snapshot queries (Kiln never builds one), and no-ops for V8
// flags. Serialization, heap snapshots and coverage are V8 internals: they
// throw ERR_METHOD_NOT_IMPLEMENTED rather than pretend.

function notImplemented(name) {
  return function () {
    throw binding.nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`);
  };
}

function getHeapStatistics() {
  const m = process.memoryUsage();
  return {
    total_heap_size: m.heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: m.heapTotal,
    total_available_size: Math.max(0, 4345298944 - m.heapUsed),
    used_heap_size: m.heapUsed,
    heap_size_limit: 4345298944,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: m.external,
  };
}

module.exports = {
  cachedDataVersionTag() { return 0; },
  getHeapStatistics,
  getHeapSpaceStatistics() { return []; },
  getHeapCodeStatistics() {
    return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
  },
  setFlagsFromString() {},
  getHeapSnapshot: notImplemented('getHeapSnapshot'),
  writeHeapSnapshot: notImplemented('writeHeapSnapshot'),
  serialize: notImplemented('serialize'),
  deserialize: notImplemented('deserialize'),
  takeCoverage() {},
  stopCoverage() {},
  startupSnapshot: {
    addSerializeCallback() {},
    addDeserializeCallback() {},
    setDeserializeMainFunction() {},
    isBuildingSnapshot() { return false; },
  },
};
