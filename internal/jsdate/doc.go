// Package jsdate holds the Date algorithms of ECMA-262 §21.4.1 — time values,
// their decomposition into calendar fields and back, local time — together
// with Date.parse and the string forms Node prints (toString, toUTCString,
// toISOString and the en-US toLocale*String forms).
//
// Time values are float64 milliseconds since the epoch, NaN meaning an
// invalid date, exactly as in the specification. The package knows nothing
// of JavaScript values or objects: the VM's Date built-ins convert their
// arguments and call in with plain numbers and strings.
//
// Local time comes from Zone, which is time.Local (so the TZ environment
// variable the process started with is honoured) until SetZone changes it:
// Node's process.env.TZ assignment, and tests, do. It is read on every call,
// atomically, so a change applies to Date code from then on.
//
// Where the specification leaves a choice to implementations — the
// non-ISO formats Date.parse accepts, the time zone name toString prints —
// the behaviour follows V8, because Node is Kiln's behaviour reference.
package jsdate
