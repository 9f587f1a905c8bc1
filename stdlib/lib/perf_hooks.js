// perf_hooks: the performance object (now, timeOrigin, marks and
// measures, resource timing, nodeTiming, eventLoopUtilization, timerify,
// toJSON), a PerformanceObserver, and the histograms of
// lib/internal/histogram.js. Not here: the gc/http/dns/net entry types
// (nothing makes them).

const { createHistogram, monitorEventLoopDelay, RecordableHistogram } = require('internal/histogram');

const { withLength } = require('internal/shape');
const kEntry = Symbol('kEntry');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const now = binding.now;

function illegalConstructor() {
  return binding.nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

function missingName() {
  return binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
}

class PerformanceEntry {
  constructor(key, name, type, start, duration, detail) {
    if (key !== kEntry) throw illegalConstructor();
    Object.defineProperty(this, kEntry, { value: { name, type, start, duration, detail } });
  }

  get name() { return this[kEntry].name; }

  get entryType() { return this[kEntry].type; }

  get startTime() { return this[kEntry].start; }

  get duration() { return this[kEntry].duration; }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, { value: 'PerformanceEntry', configurable: true });

// The detail of a mark or measure is a structured clone of the one given.
function cloneDetail(detail) {
  return detail === undefined || detail === null ? null : structuredClone(detail);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options) {
    if (arguments.length === 0) throw missingName();
    name = `${name}`;
    if (options !== undefined && (typeof options !== 'object' || options === null)) {
      throw binding.invalidArgType('options', 'of type object', options);
    }
    let start = options?.startTime ?? now();
    if (typeof start !== 'number') throw binding.invalidArgType('options.startTime', 'of type number', start);
    if (start < 0) {
      throw binding.nodeError('TypeError', 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${start} is not a valid timestamp`);
    }
    super(kEntry, name, 'mark', start, 0, cloneDetail(options?.detail));
  }

  get detail() { return this[kEntry].detail; }

  toJSON() { return { ...super.toJSON(), detail: this.detail }; }
}
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, { value: 'PerformanceMark', configurable: true });

class PerformanceMeasure extends PerformanceEntry {
  constructor(key, name, start, duration, detail) {
    if (key !== kEntry) throw illegalConstructor();
    super(kEntry, name, 'measure', start, duration, detail);
  }

  get detail() { return this[kEntry].detail; }

  toJSON() { return { ...super.toJSON(), detail: this.detail }; }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, { value: 'PerformanceMeasure', configurable: true });

// A function entry, which timerify makes: its detail is the call's
// arguments, also readable by index.
class PerformanceNodeEntry extends PerformanceEntry {
  get detail() { return this[kEntry].detail; }

  toJSON() { return { ...super.toJSON(), detail: this.detail }; }
}

const kResource = Symbol('kResource');

// PerformanceResourceTiming is what markResourceTiming records: the
// timings of one fetch, in Fetch's timing-info vocabulary.
class PerformanceResourceTiming extends PerformanceEntry {
  constructor(key, requestedUrl, initiatorType, timingInfo, cacheMode) {
    if (key !== kEntry) throw illegalConstructor();
    super(kEntry, requestedUrl, 'resource', timingInfo.startTime, timingInfo.endTime - timingInfo.startTime, null);
    Object.defineProperty(this, kResource, { value: { initiatorType, timingInfo, cacheMode } });
  }

  get name() { return super.name; }

  get startTime() { return super.startTime; }

  get duration() { return super.duration; }

  get initiatorType() { return this[kResource].initiatorType; }

  get workerStart() { return this[kResource].timingInfo.finalServiceWorkerStartTime; }

  get redirectStart() { return this[kResource].timingInfo.redirectStartTime; }

  get redirectEnd() { return this[kResource].timingInfo.redirectEndTime; }

  get fetchStart() { return this[kResource].timingInfo.postRedirectStartTime; }

  get domainLookupStart() { return this[kResource].timingInfo.finalConnectionTimingInfo?.domainLookupStartTime; }

  get domainLookupEnd() { return this[kResource].timingInfo.finalConnectionTimingInfo?.domainLookupEndTime; }

  get connectStart() { return this[kResource].timingInfo.finalConnectionTimingInfo?.connectionStartTime; }

  get connectEnd() { return this[kResource].timingInfo.finalConnectionTimingInfo?.connectionEndTime; }

  get secureConnectionStart() {
    return this[kResource].timingInfo.finalConnectionTimingInfo?.secureConnectionStartTime;
  }

  get nextHopProtocol() { return this[kResource].timingInfo.finalConnectionTimingInfo?.ALPNNegotiatedProtocol; }

  get requestStart() { return this[kResource].timingInfo.finalNetworkRequestStartTime; }

  get responseStart() { return this[kResource].timingInfo.finalNetworkResponseStartTime; }

  get responseEnd() { return this[kResource].timingInfo.endTime; }

  get encodedBodySize() { return this[kResource].timingInfo.encodedBodySize; }

  get decodedBodySize() { return this[kResource].timingInfo.decodedBodySize; }

  // A response from the cache moved no bytes; otherwise Resource Timing
  // counts 300 bytes of headers on top of the body.
  get transferSize() {
    return this[kResource].cacheMode === 'local' ? 0 : this.encodedBodySize + 300;
  }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      initiatorType: this.initiatorType,
      nextHopProtocol: this.nextHopProtocol,
      workerStart: this.workerStart,
      redirectStart: this.redirectStart,
      redirectEnd: this.redirectEnd,
      fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart,
      domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart,
      connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart,
      requestStart: this.requestStart,
      responseStart: this.responseStart,
      responseEnd: this.responseEnd,
      transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize,
      decodedBodySize: this.decodedBodySize,
    };
  }
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  value: 'PerformanceResourceTiming', configurable: true,
});

// nodeTiming: milestones of this process in milliseconds since
// timeOrigin. Kiln's map onto node's: nodeStart is the origin itself,
// v8Start and environment when the VM existed, bootstrapComplete when the
// globals were ready; loopStart is -1 until the event loop runs and
// loopExit stays -1 while the process lives. uvMetricsInfo is the loop's
// counters (iterations, I/O events), as libuv's metrics.
class PerformanceNodeTiming extends PerformanceEntry {
  constructor(key) {
    super(key, 'node', 'node', 0, 0, null);
    const getters = {
      name: () => 'node',
      entryType: () => 'node',
      startTime: () => 0,
      duration: () => now(),
      nodeStart: () => 0,
      v8Start: () => binding.vmStart,
      environment: () => binding.vmStart,
      loopStart: () => binding.loopStart(),
      loopExit: () => -1,
      bootstrapComplete: () => binding.bootstrapComplete,
      idleTime: () => binding.idleTime(),
      uvMetricsInfo: () => {
        const [loopCount, events, eventsWaiting] = binding.uvMetrics();
        return { loopCount, events, eventsWaiting };
      },
    };
    for (const [name, get] of Object.entries(getters)) {
      Object.defineProperty(this, name, { get, enumerable: true, configurable: true });
    }
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: 0,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `PerformanceNodeTiming ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

// eventLoopUtilization: the loop's idle and active milliseconds since it
// started (or since an earlier reading), and the active share.
function eventLoopUtilization(util1, util2) {
  const loopStart = binding.loopStart();
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = binding.idleTime();
  const active = now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

function isConstructor(fn) {
  try {
    Reflect.construct(String, [], fn);
  } catch {
    return false;
  }
  return true;
}

// timerify wraps fn so that each call reports a 'function' entry to
// observers (not to the timeline), and records its nanoseconds in a
// histogram when given one. A promise's time runs until it settles.
function timerify(fn, options = {}) {
  if (typeof fn !== 'function') throw binding.invalidArgType('fn', 'of type function', fn);
  if (options === null || typeof options !== 'object') throw binding.invalidArgType('options', 'of type object', options);
  const { histogram } = options;
  if (histogram !== undefined && !(histogram instanceof RecordableHistogram)) {
    throw binding.invalidArgType('options.histogram', 'an instance of RecordableHistogram', histogram);
  }
  const constructor = isConstructor(fn);
  const complete = (start, args) => {
    const duration = now() - start;
    if (histogram !== undefined) histogram.record(Math.max(1, Math.ceil(duration * 1e6)));
    const entry = new PerformanceNodeEntry(kEntry, fn.name, 'function', start, duration, args);
    args.forEach((arg, i) => { entry[i] = arg; });
    enqueue(entry);
  };
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!constructor && typeof result?.finally === 'function') {
      return result.finally(() => complete(start, args));
    }
    complete(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

// Resource timings live in a buffer of bounded size; an entry that finds
// it full is dropped, and the performance object hears
// 'resourcetimingbufferfull' once, after the observers of that turn.
const resourceTimings = [];
let resourceTimingBufferSize = 250;
let bufferFullPending = false;

function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode) {
  if (cacheMode !== '' && cacheMode !== 'local') {
    throw binding.nodeError('Error', 'ERR_INTERNAL_ASSERTION', "cache must be an empty string or 'local'\n" +
      'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
      'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n');
  }
  const entry = new PerformanceResourceTiming(kEntry, requestedUrl, initiatorType, timingInfo, cacheMode);
  if (resourceTimings.length < resourceTimingBufferSize) {
    resourceTimings.push(entry);
  } else if (!bufferFullPending) {
    bufferFullPending = true;
    setImmediate(() => {
      bufferFullPending = false;
      performance.dispatchEvent(new Event('resourcetimingbufferfull'));
    });
  }
  enqueue(entry);
  return entry;
}

// The performance timeline: marks and measures in the order they were made.
const marks = [];
const measures = [];
// observers maps each observing PerformanceObserver to its entry sink.
const observers = new Map();

function enqueue(entry) {
  for (const sink of observers.values()) sink(entry);
}

// markTime is a measure's start or end: a mark's name (its latest time) or
// a timestamp.
function markTime(mark) {
  if (typeof mark === 'number') {
    if (mark < 0) {
      throw binding.nodeError('TypeError', 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${mark} is not a valid timestamp`);
    }
    return mark;
  }
  const name = `${mark}`;
  for (let i = marks.length - 1; i >= 0; i--) {
    if (marks[i].name === name) return marks[i].startTime;
  }
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function measure(name, startOrOptions, endMark) {
  if (arguments.length === 0) throw missingName();
  name = `${name}`;
  let start;
  let end;
  let detail = null;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    const { start: s, end: e, duration: d } = startOrOptions;
    if (s !== undefined && e !== undefined && d !== undefined) {
      throw binding.nodeError('TypeError', 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
        'Must not have options.start, options.end, and options.duration specified');
    }
    end = e !== undefined ? markTime(e) : (s !== undefined && d !== undefined ? markTime(s) + d : now());
    start = s !== undefined ? markTime(s) : (d !== undefined ? end - d : 0);
    detail = cloneDetail(startOrOptions.detail);
  } else {
    end = endMark !== undefined ? markTime(endMark) : now();
    start = startOrOptions !== undefined ? markTime(startOrOptions) : 0;
  }
  const entry = new PerformanceMeasure(kEntry, name, start, end - start, detail);
  measures.push(entry);
  enqueue(entry);
  return entry;
}

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

function filterEntries(list, name, type) {
  return list.filter((e) => (name === undefined || e.name === name) && (type === undefined || e.entryType === type));
}

class Performance extends EventTarget {
  constructor(key) {
    if (key !== kEntry) throw illegalConstructor();
    super();
  }

  now() { return now(); }

  get timeOrigin() { return binding.timeOrigin; }

  mark(name, options) {
    if (arguments.length === 0) throw missingName();
    const entry = new PerformanceMark(name, options);
    marks.push(entry);
    enqueue(entry);
    return entry;
  }

  measure(...args) { return measure(...args); }

  clearMarks(name) {
    if (name === undefined) marks.length = 0;
    else removeNamed(marks, `${name}`);
  }

  clearMeasures(name) {
    if (name === undefined) measures.length = 0;
    else removeNamed(measures, `${name}`);
  }

  clearResourceTimings(name) {
    if (name === undefined) resourceTimings.length = 0;
    else removeNamed(resourceTimings, `${name}`);
  }

  getEntries() {
    return [...marks, ...measures, ...resourceTimings].sort(byStartTime);
  }

  getEntriesByName(name, type) {
    if (arguments.length === 0) throw missingName();
    return filterEntries(this.getEntries(), `${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    if (arguments.length === 0) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "type" argument must be specified');
    }
    return filterEntries(this.getEntries(), undefined, `${type}`);
  }

  eventLoopUtilization(util1, util2) { return eventLoopUtilization(util1, util2); }

  timerify(fn, options) { return timerify(fn, options); }

  markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode, bodyInfo) {
    return markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode, bodyInfo);
  }

  setResourceTimingBufferSize(maxSize) {
    if (arguments.length === 0) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "maxSize" argument must be specified');
    }
    resourceTimingBufferSize = maxSize;
  }

  toJSON() {
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });
Object.defineProperty(Performance.prototype, 'nodeTiming', {
  value: new PerformanceNodeTiming(kEntry), writable: true, configurable: true,
});

// onresourcetimingbufferfull is an event handler attribute: setting it
// replaces the listener it added before.
const bufferFullHandlers = new WeakMap();
Object.defineProperty(Performance.prototype, 'onresourcetimingbufferfull', {
  get() { return bufferFullHandlers.get(this)?.handler ?? null; },
  set(handler) {
    const old = bufferFullHandlers.get(this);
    if (old) this.removeEventListener('resourcetimingbufferfull', old.listener);
    if (typeof handler !== 'function') {
      bufferFullHandlers.delete(this);
      return;
    }
    const listener = (event) => handler.call(this, event);
    bufferFullHandlers.set(this, { handler, listener });
    this.addEventListener('resourcetimingbufferfull', listener);
  },
  enumerable: true,
  configurable: true,
});

function removeNamed(list, name) {
  let j = 0;
  for (const e of list) {
    if (e.name !== name) list[j++] = e;
  }
  list.length = j;
}

const performance = new Performance(kEntry);

class PerformanceObserverEntryList {
  constructor(key, entries) {
    if (key !== kEntry) throw illegalConstructor();
    Object.defineProperty(this, kEntry, { value: entries.sort(byStartTime) });
  }

  getEntries() { return this[kEntry].slice(); }

  getEntriesByName(name, type) {
    if (arguments.length === 0) throw missingName();
    return filterEntries(this[kEntry], `${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    return filterEntries(this[kEntry], undefined, `${type}`);
  }
}

const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net',
  'resource']);

// An observer's callback runs once per batch of entries, after the code
// that made them, as node delivers them.
class PerformanceObserver {
  #callback;
  #types = new Set();
  #buffer = [];
  #scheduled = false;

  constructor(callback) {
    if (typeof callback !== 'function') throw binding.invalidArgType('callback', 'of type function', callback);
    this.#callback = callback;
  }

  static get supportedEntryTypes() { return supportedEntryTypes; }

  observe(options = {}) {
    if (typeof options !== 'object' || options === null) {
      throw binding.invalidArgType('options', 'of type object', options);
    }
    const { entryTypes, type } = options;
    if (entryTypes === undefined && type === undefined) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "options.entryTypes" or "options.type" argument must be specified');
    }
    if (entryTypes !== undefined && type !== undefined) {
      throw binding.invalidArgValue('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    this.#types.clear();
    for (const t of entryTypes ?? [type]) {
      if (supportedEntryTypes.includes(t)) this.#types.add(t);
    }
    if (this.#types.size === 0) this.disconnect();
    else observers.set(this, (entry) => this.#enqueue(entry));
  }

  disconnect() {
    observers.delete(this);
    this.#buffer = [];
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  #enqueue(entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      // Node delivers a scheduled batch even when takeRecords() emptied
      // it, but not after disconnect().
      if (!observers.has(this)) return;
      const list = new PerformanceObserverEntryList(kEntry, this.takeRecords());
      this.#callback.call(this, list, this);
    });
  }
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

// The lengths of node's constructors, which take internal arguments.
withLength(Performance, 0);
withLength(PerformanceEntry, 0);
withLength(PerformanceMark, 1);
withLength(PerformanceMeasure, 0);
withLength(PerformanceObserverEntryList, 0);
withLength(PerformanceResourceTiming, 0);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants,
};
