// perf_hooks' histograms: createHistogram's RecordableHistogram and
// monitorEventLoopDelay's IntervalHistogram.
//
// node keeps its values in an HdrHistogram, and what programs read (min,
// max, mean, percentiles) shows that structure's rounding, so the same
// buckets are kept here. A value v falls in bucket b = bitLength(v |
// subBucketMask) - unitMagnitude - subBucketHalfCountMagnitude - 1, whose
// sub-buckets are 2^(b + unitMagnitude) wide; every value in one sub-bucket
// is "equivalent". min reports the lowest equivalent value, max the
// highest, mean and stddev use the middle one, and percentiles the lowest
// (percentile() the highest), as HdrHistogram's C library does.

const kHistogram = Symbol('kHistogram');
const INT64_MAX = 9223372036854775807n;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function bitLength(v) {
  return v === 0 ? 0 : v.toString(2).length;
}

function validateInteger(value, name, min, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw binding.outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw binding.outOfRange(name, `>= ${min} && <= ${max}`, value);
}

class Buckets {
  constructor(lowest, highest, figures) {
    const largestSingleUnit = 2 * 10 ** figures;
    const subBucketCountMagnitude = Math.ceil(Math.log2(largestSingleUnit));
    this.halfMagnitude = Math.max(subBucketCountMagnitude, 1) - 1;
    this.unitMagnitude = Math.floor(Math.log2(lowest));
    this.subBucketCount = 2 ** (this.halfMagnitude + 1);
    this.subBucketMask = (this.subBucketCount - 1) * 2 ** this.unitMagnitude;
    this.lowest = lowest;
    this.highest = highest;
    this.figures = figures;
    this.reset();
  }

  reset() {
    this.counts = new Map(); // lowest equivalent value → count
    this.total = 0;
    this.min = -1;
    this.max = 0;
    this.exceeds = 0;
  }

  // range is [lowest equivalent value, size of the range] of v's
  // sub-bucket. (v | subBucketMask has the bit length of the larger.)
  range(v) {
    const bucket = Math.max(bitLength(v), bitLength(this.subBucketMask)) - this.unitMagnitude - this.halfMagnitude - 1;
    const size = 2 ** (bucket + this.unitMagnitude);
    return [Math.floor(v / size) * size, size];
  }

  lowestEquivalent(v) { return this.range(v)[0]; }

  highestEquivalent(v) {
    const [low, size] = this.range(v);
    return low + size - 1;
  }

  medianEquivalent(v) {
    const [low, size] = this.range(v);
    return low + Math.floor(size / 2);
  }

  record(v, count = 1) {
    if (v > this.highest) {
      this.exceeds += count;
      return;
    }
    const key = this.lowestEquivalent(v);
    this.counts.set(key, (this.counts.get(key) ?? 0) + count);
    this.total += count;
    if (this.min < 0 || v < this.min) this.min = v;
    if (v > this.max) this.max = v;
  }

  sorted() {
    return [...this.counts.entries()].sort((a, b) => a[0] - b[0]);
  }

  mean() {
    if (this.total === 0) return NaN;
    let sum = 0;
    for (const [v, c] of this.sorted()) sum += c * this.medianEquivalent(v);
    return sum / this.total;
  }

  stddev() {
    if (this.total === 0) return NaN;
    const mean = this.mean();
    let sum = 0;
    for (const [v, c] of this.sorted()) sum += c * (this.medianEquivalent(v) - mean) ** 2;
    return Math.sqrt(sum / this.total);
  }

  percentile(p) {
    const wanted = Math.max(1, Math.floor((Math.min(p, 100) / 100) * this.total + 0.5));
    let seen = 0;
    for (const [v, c] of this.sorted()) {
      seen += c;
      if (seen >= wanted) return this.highestEquivalent(v);
    }
    return 0;
  }

  // percentiles walks HdrHistogram's percentile iterator with one tick
  // per half distance: 0, 50, 75, 87.5, ... and finally 100.
  percentiles(convert) {
    const out = new Map();
    const values = this.sorted();
    let target = 0;
    let seen = 0;
    let value = 0;
    for (const [v, c] of values) {
      seen += c;
      value = v;
      while (seen < this.total && seen * 100 / this.total >= target) {
        out.set(target, convert(value));
        target += 100 / 2 ** (Math.trunc(Math.log(100 / (100 - target)) / Math.LN2) + 1);
      }
    }
    // The last value answers the pending target, then 100.
    if (values.length > 0) out.set(target, convert(value));
    out.set(100, convert(value));
    return out;
  }
}

class Histogram {
  constructor(key, buckets) {
    if (key !== kHistogram) {
      throw binding.nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    }
    Object.defineProperty(this, kHistogram, { value: buckets });
  }

  get count() { return this[kHistogram].total; }

  get countBigInt() { return BigInt(this[kHistogram].total); }

  get min() {
    const b = this[kHistogram];
    return b.min < 0 ? Number(INT64_MAX) : b.lowestEquivalent(b.min);
  }

  get minBigInt() {
    const b = this[kHistogram];
    return b.min < 0 ? INT64_MAX : BigInt(b.lowestEquivalent(b.min));
  }

  get max() {
    const b = this[kHistogram];
    return b.total === 0 ? 0 : b.highestEquivalent(b.max);
  }

  get maxBigInt() { return BigInt(this.max); }

  get mean() { return this[kHistogram].mean(); }

  get exceeds() { return this[kHistogram].exceeds; }

  get exceedsBigInt() { return BigInt(this[kHistogram].exceeds); }

  get stddev() { return this[kHistogram].stddev(); }

  percentile(percentile) {
    if (typeof percentile !== 'number') throw binding.invalidArgType('percentile', 'of type number', percentile);
    if (!(percentile > 0 && percentile <= 100)) throw binding.outOfRange('percentile', '> 0 && <= 100', percentile);
    return this[kHistogram].percentile(percentile);
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  get percentiles() { return this[kHistogram].percentiles((v) => v); }

  get percentilesBigInt() { return this[kHistogram].percentiles((v) => BigInt(v)); }

  reset() { this[kHistogram].reset(); }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const shown = {
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    };
    return `Histogram ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

// toRecordable checks a value to record. node checks numbers only: a
// bigint past the histogram's range counts as exceeding it.
function toRecordable(value, name) {
  if (typeof value === 'bigint') {
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(value);
  }
  validateInteger(value, name, 1);
  return value;
}

class RecordableHistogram extends Histogram {
  #lastDelta;

  constructor(key, buckets) {
    super(key, buckets);
  }

  record(val) {
    this[kHistogram].record(toRecordable(val, 'val'));
  }

  // recordDelta records the nanoseconds since its previous call.
  recordDelta() {
    const now = process.hrtime.bigint();
    if (this.#lastDelta !== undefined) {
      const delta = Number(now - this.#lastDelta);
      if (delta > 0) this[kHistogram].record(delta);
    }
    this.#lastDelta = now;
  }

  add(other) {
    if (!(other instanceof RecordableHistogram)) {
      throw binding.invalidArgType('other', 'an instance of RecordableHistogram', other);
    }
    const from = other[kHistogram];
    for (const [v, c] of from.counts) this[kHistogram].record(v, c);
    this[kHistogram].exceeds += from.exceeds;
  }
}

// IntervalHistogram samples the event loop's delay: a timer every
// resolution milliseconds records, in nanoseconds, how long the interval
// between its runs really was.
class IntervalHistogram extends Histogram {
  #resolution;
  #timer = null;
  #last = 0n;

  constructor(key, buckets, resolution) {
    super(key, buckets);
    this.#resolution = resolution;
  }

  enable() {
    if (this.#timer !== null) return false;
    this.#last = process.hrtime.bigint();
    this.#timer = setInterval(() => {
      const now = process.hrtime.bigint();
      const delta = Number(now - this.#last);
      this.#last = now;
      if (delta > 0) this[kHistogram].record(delta);
    }, this.#resolution);
    this.#timer.unref();
    return true;
  }

  disable() {
    if (this.#timer === null) return false;
    clearInterval(this.#timer);
    this.#timer = null;
    return true;
  }
}
Object.defineProperty(IntervalHistogram, 'name', { value: 'ELDHistogram' });

function createHistogram(options = {}) {
  if (options === null || typeof options !== 'object') throw binding.invalidArgType('options', 'of type object', options);
  let { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest === 'bigint') lowest = Number(lowest);
  validateInteger(lowest, 'options.lowest', 1);
  if (typeof highest === 'bigint') highest = Number(highest);
  validateInteger(highest, 'options.highest', 2 * lowest);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kHistogram, new Buckets(lowest, highest, figures));
}

function monitorEventLoopDelay(options = {}) {
  if (options === null || typeof options !== 'object') throw binding.invalidArgType('options', 'of type object', options);
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kHistogram, new Buckets(1, Number.MAX_SAFE_INTEGER, 3), resolution);
}

module.exports = { Histogram, RecordableHistogram, IntervalHistogram, createHistogram, monitorEventLoopDelay };
