// perf_hooks: the performance object (now, timeOrigin, marks and
// measures, toJSON, eventLoopUtilization) and a PerformanceObserver for
// marks and measures. Not here: timerify, monitorEventLoopDelay,
// createHistogram, resource timing, and the gc/http/dns/net entry types.

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

  clearResourceTimings() {}

  getEntries() {
    return [...marks, ...measures].sort(byStartTime);
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

  toJSON() {
    return { timeOrigin: this.timeOrigin };
  }

  // The share of time the event loop spent running rather than waiting
  // since it started (all zero before), or since util1, or between util2
  // and util1, as node's: a hapi server samples it for its load limits.
  eventLoopUtilization(util1, util2) {
    const [loopStart, idleTime] = binding.loopTiming();
    if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
    if (util2) {
      const idle = util1.idle - util2.idle;
      const active = util1.active - util2.active;
      return { idle, active, utilization: active / (idle + active) };
    }
    const active = now() - loopStart - idleTime;
    if (!util1) return { idle: idleTime, active, utilization: active / (idleTime + active) };
    const idle = idleTime - util1.idle;
    const activeDelta = active - util1.active;
    return { idle, active: activeDelta, utilization: activeDelta / (idle + activeDelta) };
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });

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

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  performance,
  constants,
};
