// Custom Error subclasses: name handling, instanceof, extra fields, toString, and old-style prototype wiring.
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
class RequiredError extends ValidationError {
  constructor(field) {
    super(field, `${field} is required`);
    this.name = this.constructor.name;
  }
}
const r = new RequiredError('email');
console.log(r.name, r.message, r.field, String(r));
console.log(r instanceof RequiredError, r instanceof ValidationError, r instanceof Error, Object.prototype.toString.call(r));
console.log(Object.keys(r).join(), JSON.stringify(r));

// name on the prototype instead of the instance.
class ProtoNamed extends Error {}
ProtoNamed.prototype.name = 'ProtoNamed';
const p = new ProtoNamed('via prototype');
console.log(String(p), Object.hasOwn(p, 'name'));

// Without setting name, the inherited 'Error' name is used.
class Unnamed extends Error {}
console.log(String(new Unnamed('m')), new Unnamed('m').constructor.name);

// Old-style (ES5) custom errors.
function LegacyError(message) {
  this.message = message;
  this.name = 'LegacyError';
}
LegacyError.prototype = Object.create(Error.prototype);
LegacyError.prototype.constructor = LegacyError;
const l = new LegacyError('old school');
console.log(String(l), l instanceof Error, Object.prototype.toString.call(l), 'stack' in l);

// Error.call(this) does not initialise this (it returns a new object).
function CallStyle(message) {
  const base = Error.call(this, message);
  this.fromBase = base.message;
}
const cs = new CallStyle('m');
console.log(cs.fromBase, cs.message, cs instanceof Error);

// Subclassing built-in error types.
class HttpError extends TypeError {
  constructor(status) {
    super(`HTTP ${status}`, { cause: { status } });
    this.status = status;
  }
  get isClientError() { return this.status >= 400 && this.status < 500; }
}
const h = new HttpError(404);
console.log(h.name, h.message, h.isClientError, h.cause.status, h instanceof TypeError);

// Throwing and catching by type.
function risky(kind) {
  if (kind === 'v') throw new ValidationError('f', 'bad');
  if (kind === 't') throw new TypeError('type');
  return 'ok';
}
for (const kind of ['v', 't', 'x']) {
  try {
    console.log(risky(kind));
  } catch (err) {
    if (err instanceof ValidationError) console.log('validation:', err.message);
    else console.log('other:', err.name);
  }
}
// Overriding toString and message getters.
class Fancy extends Error {
  get message() { return 'computed message'; }
  toString() { return `<${this.name}: ${this.message}>`; }
}
const f = new Fancy('ignored?');
console.log(String(f), Object.hasOwn(f, 'message'), Object.getOwnPropertyDescriptor(f, 'message').value);
