// The inspector module. Kiln has no debugger: nothing listens (url() is
// undefined, open() throws ERR_INSPECTOR_NOT_AVAILABLE), but a Session in
// the same thread speaks the DevTools protocol's Profiler and HeapProfiler
// domains, as V8 answers them: heap snapshots, CPU profiles (TypeScript's --generateCpuProfile) and precise
// coverage (jest's and collect-v8-coverage's v8 provider), from
// stdlib/inspector.go; the Debugger domain only enables and disables
// (see dispatch). Any other command gets the protocol's "wasn't found"
// error. As in node, a command's callback runs before post
// returns.

const EventEmitter = require('events');

function nodeError(code, message) {
  return binding.nodeError('Error', code, message);
}

function commandError(code, message) {
  return nodeError('ERR_INSPECTOR_COMMAND', `Inspector error ${code}: ${message}`);
}

// A protocol error: the command's code and message.
class ProtocolError {
  constructor(code, message) {
    this.code = code;
    this.message = message;
  }
}

// randomId is one half of V8's debugger id: a signed 64-bit number.
function randomId() {
  return require('crypto').randomBytes(8).readBigInt64LE().toString();
}

const notEnabled = () => new ProtocolError(-32000, 'Profiler is not enabled');

// One Profiler domain per thread, as V8 has one per isolate: every session
// of the thread shares the profile and the coverage.
const profiler = {
  interval: 1000,
  profiling: false,
  coverage: false,
};

// dispatch runs a command for session and returns its result object, or
// a ProtocolError.
function dispatch(session, method, params) {
  switch (method) {
    case 'Profiler.enable':
      session._profilerEnabled = true;
      return {};
    case 'Profiler.disable':
      session._profilerEnabled = false;
      return {};
    // Coverage tools (collect-v8-coverage, jest's v8 provider) enable the
    // Debugger domain around precise coverage. It can be enabled, with the
    // id V8 gives it, and nothing more: it sends no events (no
    // scriptParsed), and its commands (breakpoints, stepping) are not found.
    case 'Debugger.enable':
      session._debuggerId ??= `${randomId()}.${randomId()}`;
      return { debuggerId: session._debuggerId };
    case 'Debugger.disable':
      return {};
  }
  if (method.startsWith('HeapProfiler.')) return dispatchHeap(session, method, params);
  if (!method.startsWith('Profiler.')) return new ProtocolError(-32601, `'${method}' wasn't found`);
  if (!session._profilerEnabled) {
    if (method === 'Profiler.stop') return new ProtocolError(-32000, 'No recording profiles found');
    if (method === 'Profiler.takePreciseCoverage' && !profiler.coverage) {
      return new ProtocolError(-32000, 'Precise coverage has not been started.');
    }
    return notEnabled();
  }
  switch (method) {
    case 'Profiler.setSamplingInterval': {
      if (profiler.profiling) return new ProtocolError(-32000, 'Cannot change sampling interval when profiling.');
      const interval = params?.interval;
      if (typeof interval !== 'number') return new ProtocolError(-32602, 'Invalid parameters');
      profiler.interval = interval;
      return {};
    }
    case 'Profiler.start':
      if (!profiler.profiling) {
        profiler.profiling = true;
        binding.profileStart(profiler.interval);
      }
      return {};
    case 'Profiler.stop': {
      const json = binding.profileStop();
      profiler.profiling = false;
      if (json === undefined) return new ProtocolError(-32000, 'No recording profiles found');
      return { profile: JSON.parse(json) };
    }
    case 'Profiler.startPreciseCoverage':
      profiler.coverage = true;
      binding.coverageStart();
      return { timestamp: performance.now() / 1000 };
    case 'Profiler.takePreciseCoverage':
      if (!profiler.coverage) return new ProtocolError(-32000, 'Precise coverage has not been started.');
      return JSON.parse(binding.coverageTake());
    case 'Profiler.stopPreciseCoverage':
      profiler.coverage = false;
      binding.coverageStop();
      return {};
  }
  return new ProtocolError(-32601, `'${method}' wasn't found`);
}

// The HeapProfiler domain: heap snapshots (vm/heapsnapshot.go), sent as
// addHeapSnapshotChunk events before the command's answer, as V8 sends
// them. Its commands need no enable, as in V8.
const snapshotChunk = 1 << 16;

// notify sends session a protocol event, as node's session emits one: as
// inspectorNotification and under the event's method.
function notify(session, method, params) {
  const message = { method, params };
  session.emit('inspectorNotification', message);
  session.emit(method, message);
}

function dispatchHeap(session, method, params) {
  switch (method) {
    case 'HeapProfiler.enable':
    case 'HeapProfiler.disable':
      return {};
    case 'HeapProfiler.collectGarbage':
      binding.collectGarbage();
      return {};
    case 'HeapProfiler.takeHeapSnapshot': {
      const json = binding.heapSnapshotString();
      if (params?.reportProgress) {
        const total = json.length;
        notify(session, 'HeapProfiler.reportHeapSnapshotProgress', { done: 0, total });
        notify(session, 'HeapProfiler.reportHeapSnapshotProgress', { done: total, total, finished: true });
      }
      for (let at = 0; at < json.length;) {
        let end = Math.min(at + snapshotChunk, json.length);
        // A chunk does not end between the halves of a surrogate pair.
        const last = json.charCodeAt(end - 1);
        if (end < json.length && last >= 0xd800 && last < 0xdc00) end--;
        notify(session, 'HeapProfiler.addHeapSnapshotChunk', { chunk: json.slice(at, end) });
        at = end;
      }
      return {};
    }
    // The sampling heap profiler (vm/heapprofile.go): V8's inspector
    // samples every 32 KiB by default, and keeps only live objects' samples
    // unless asked for those the collector freed.
    case 'HeapProfiler.startSampling': {
      const interval = params?.samplingInterval ?? 32768;
      if (typeof interval !== 'number') return new ProtocolError(-32602, 'Invalid parameters');
      if (interval <= 0) return new ProtocolError(-32000, 'Invalid sampling interval');
      binding.heapSamplingStart(interval, Boolean(params?.includeObjectsCollectedByMajorGC ||
        params?.includeObjectsCollectedByMinorGC));
      return {};
    }
    case 'HeapProfiler.getSamplingProfile':
    case 'HeapProfiler.stopSampling': {
      const json = binding.heapSamplingProfile(method === 'HeapProfiler.stopSampling');
      if (json === undefined) return new ProtocolError(-32000, 'V8 sampling heap profiler was not started.');
      return { profile: JSON.parse(json) };
    }
  }
  return new ProtocolError(-32601, `'${method}' wasn't found`);
}

class Session extends EventEmitter {
  #connected = false;

  connect() {
    if (this.#connected) {
      throw nodeError('ERR_INSPECTOR_ALREADY_CONNECTED', 'The inspector session is already connected');
    }
    this.#connected = true;
  }

  connectToMainThread() {
    if (require('worker_threads').isMainThread) {
      throw nodeError('ERR_INSPECTOR_NOT_WORKER', 'Current thread is not a worker');
    }
    // A worker's session reaches its own thread's runtime, which is the
    // one Kiln can profile from here.
    this.connect();
  }

  post(method, params, callback) {
    if (typeof method !== 'string') throw binding.invalidArgType('method', 'of type string', method);
    if (!callback && typeof params === 'function') {
      callback = params;
      params = null;
    }
    if (params && typeof params !== 'object') throw binding.invalidArgType('params', 'of type object', params);
    if (callback && typeof callback !== 'function') {
      throw binding.invalidArgType('callback', 'of type function', callback);
    }
    if (!this.#connected) throw nodeError('ERR_INSPECTOR_NOT_CONNECTED', 'Session is not connected');
    const res = dispatch(this, method, params);
    if (!callback) return;
    if (res instanceof ProtocolError) callback(commandError(res.code, res.message));
    else callback(null, res);
  }

  disconnect() {
    if (!this.#connected) return;
    this.#connected = false;
    dispatch(this, 'Profiler.disable');
  }
}

function inspectorOpen(port, host, wait) {
  throw nodeError('ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available');
}

function close() {}

function url() {
  return undefined;
}

function waitForDebugger() {
  throw nodeError('ERR_INSPECTOR_NOT_ACTIVE', 'Inspector is not active');
}

// inspector.console writes to the inspector's console only: with none
// attached, its methods do nothing.
const consoleMethods = ['debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace', 'group',
  'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile', 'profileEnd', 'time',
  'timeLog', 'timeEnd', 'timeStamp', 'context'];
const inspectorConsole = {};
for (const name of consoleMethods) inspectorConsole[name] = function () {};

// Network's events go to an inspector only under
// --experimental-network-inspection, which has none here.
const Network = {
  requestWillBeSent() {},
  responseReceived() {},
  loadingFinished() {},
  loadingFailed() {},
};

module.exports = { open: inspectorOpen, close, url, waitForDebugger, console: inspectorConsole, Session, Network };
