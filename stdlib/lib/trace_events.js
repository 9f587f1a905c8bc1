// node:trace_events: Tracing objects that enable and disable categories,
// and getEnabledCategories, the sorted set of categories enabled by them
// and by --trace-event-categories. Node's tracing agent also records the
// events of enabled categories (V8's, node's own) into node_trace.N.log;
// Kiln has no such agent and its engine emits no such events, so enabling
// a category changes what getEnabledCategories reports and writes nothing.
// In a worker, as in node, the module is unavailable.

if (!require('worker_threads').isMainThread) {
  throw binding.nodeError('Error', 'ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable');
}

const kHandle = Symbol('handle');
const kEnabled = Symbol('enabled');
const kCategories = Symbol('categories');
const kMaxTracingCount = 10;

// enabledCounts counts, for each category, the enabled Tracing objects
// that name it (node's agent keeps the same multiset).
const enabledCounts = new Map();
const enabledTracingObjects = new Set();

function countCategories(categories, delta) {
  for (const c of categories) {
    const n = (enabledCounts.get(c) || 0) + delta;
    if (n > 0) enabledCounts.set(c, n);
    else enabledCounts.delete(c);
  }
}

// A category set is node's CategorySet handle: what enable and disable
// act on.
class CategorySet {
  constructor(categories) {
    this.categories = categories;
  }
  enable() { countCategories(this.categories, 1); }
  disable() { countCategories(this.categories, -1); }
}

class Tracing {
  constructor(categories) {
    this[kHandle] = new CategorySet(categories);
    this[kCategories] = categories;
    this[kEnabled] = false;
  }

  enable() {
    if (!this[kEnabled]) {
      this[kEnabled] = true;
      this[kHandle].enable();
      enabledTracingObjects.add(this);
      if (enabledTracingObjects.size > kMaxTracingCount) {
        process.emitWarning('Possible trace_events memory leak detected. There are more than ' +
          `${kMaxTracingCount} enabled Tracing objects.`);
      }
    }
  }

  disable() {
    if (this[kEnabled]) {
      this[kEnabled] = false;
      this[kHandle].disable();
      enabledTracingObjects.delete(this);
    }
  }

  get enabled() {
    return this[kEnabled];
  }

  get categories() {
    return this[kCategories].join(',');
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    return `Tracing ${require('util').format({ enabled: this.enabled, categories: this.categories })}`;
  }
}

function createTracing(options) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw binding.invalidArgType('options', 'of type object', options);
  }
  const { categories } = options;
  if (!Array.isArray(categories)) {
    throw binding.invalidArgType('options.categories', 'an instance of Array', categories);
  }
  categories.forEach((c, i) => {
    if (typeof c !== 'string') throw binding.invalidArgType(`options.categories[${i}]`, 'of type string', c);
  });
  if (categories.length <= 0) {
    throw binding.nodeError('TypeError', 'ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required');
  }
  return new Tracing(categories);
}

function getEnabledCategories() {
  const all = new Set(enabledCounts.keys());
  const flag = require('internal/options').getOptionValue('--trace-event-categories');
  if (typeof flag === 'string') for (const c of flag.split(',')) if (c !== '') all.add(c);
  if (all.size === 0) return undefined;
  return [...all].sort().join(',');
}

module.exports = { createTracing, getEnabledCategories };
