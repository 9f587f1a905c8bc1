package vm

import (
	"math"
	"time"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/internal/jsdate"
	"github.com/kilnjs/kiln/internal/jsnum"
)

// Date (§21.4). The calendar arithmetic, local time and string forms are
// internal/jsdate's; this file converts arguments in the order the
// specification gives (which test262 observes through valueOf side effects)
// and keeps the time value in the object's v0 slot.

func dateNow() float64 { return float64(time.Now().UnixMilli()) }

// thisTimeValue is ECMA-262 §21.4.4 thisTimeValue. V8 words the error in
// two ways: the getters say "this is not a Date object.", the other
// methods name themselves (method non-empty).
func (rt *Runtime) thisTimeValue(v Value, method string) float64 {
	if v.IsObject() {
		if o := rt.obj(v); o.class == ClassDate {
			return o.v0.Float()
		}
	}
	if method == "" {
		rt.throwTypeError("this is not a Date object.")
	}
	rt.throwTypeError("Method Date.prototype.%s called on incompatible receiver %s", method, rt.inspectShort(v))
	return 0
}

// makeFullYear is the two-digit year rule shared by the constructor,
// Date.UTC and setYear: 0..99 mean 1900..1999.
func makeFullYear(y float64) float64 {
	if y != y {
		return y
	}
	if yi := jsnum.ToIntegerOrInfinity(y); yi >= 0 && yi <= 99 {
		return 1900 + yi
	}
	return y
}

// Calendar fields in the order the setters take them.
const (
	fYear = iota
	fMonth
	fDate
	fHour
	fMin
	fSec
	fMs
	numDateFields
)

func splitTime(t float64) [numDateFields]float64 {
	return [numDateFields]float64{jsdate.YearFromTime(t), jsdate.MonthFromTime(t), jsdate.DateFromTime(t),
		jsdate.HourFromTime(t), jsdate.MinFromTime(t), jsdate.SecFromTime(t), jsdate.MsFromTime(t)}
}

func joinTime(f [numDateFields]float64) float64 {
	return jsdate.MakeDate(jsdate.MakeDay(f[fYear], f[fMonth], f[fDate]), jsdate.MakeTime(f[fHour], f[fMin], f[fSec], f[fMs]))
}

// dateFromArgs builds a local or UTC time value from constructor-style
// arguments (year, month[, date, hours, minutes, seconds, ms]), converting
// each present argument in order (§21.4.2.1 step 5, §21.4.3.4).
func (rt *Runtime) dateFromArgs(args []Value) float64 {
	f := [numDateFields]float64{math.NaN(), 0, 1, 0, 0, 0, 0}
	for i := 0; i < numDateFields && i < len(args); i++ {
		f[i] = rt.ToNumber(args[i])
	}
	f[fYear] = makeFullYear(f[fYear])
	return joinTime(f)
}

func (r *Realm) initDate() {
	dp := r.DatePrototype
	r.Date = r.Ctor("Date", 7, func(rt *Runtime, _ Value, args []Value) Value {
		// ECMA-262 §21.4.2.1 Date ( ...values )
		nt := rt.NewTarget()
		if nt == Undefined {
			return rt.NewString(jsdate.ToString(dateNow()))
		}
		var tv float64
		switch len(args) {
		case 0:
			tv = dateNow()
		case 1:
			v := args[0]
			if v.IsObject() && rt.obj(v).class == ClassDate {
				tv = rt.obj(v).v0.Float()
			} else {
				p := rt.ToPrimitive(v, hintDefault)
				if p.IsString() {
					tv = jsdate.Parse(rt.GoString(p))
				} else {
					tv = rt.ToNumber(p)
				}
			}
			tv = jsdate.TimeClip(tv)
		default:
			tv = jsdate.TimeClip(jsdate.UTC(rt.dateFromArgs(args)))
		}
		o, cell := rt.newObjectCell(ClassDate, rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.made(initDate).DatePrototype }))
		cell.v0 = gc.Float(tv)
		return o
	}, dp)
	d := r.Date
	r.Method(d, "now", 0, func(rt *Runtime, _ Value, _ []Value) Value {
		return gc.Float(dateNow())
	})
	r.Method(d, "parse", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return gc.Float(jsdate.Parse(rt.ToGoString(Arg(args, 0))))
	})
	// ECMA-262 §21.4.3.4 Date.UTC: the year alone is enough.
	r.Method(d, "UTC", 7, func(rt *Runtime, _ Value, args []Value) Value {
		return gc.Float(jsdate.TimeClip(rt.dateFromArgs(args)))
	})

	// Getters (§21.4.4.2-21, Annex B getYear).
	getter := func(name string, local bool, fn func(t float64) float64) {
		method := ""
		if name == "getYear" {
			method = name
		}
		r.Method(dp, name, 0, func(rt *Runtime, this Value, _ []Value) Value {
			t := rt.thisTimeValue(this, method)
			if t != t {
				return gc.NaN
			}
			if local {
				t = jsdate.LocalTime(t)
			}
			return gc.Float(fn(t))
		})
	}
	fieldGetters := []struct {
		name string
		fn   func(float64) float64
	}{
		{"Date", jsdate.DateFromTime}, {"Day", jsdate.WeekDay}, {"FullYear", jsdate.YearFromTime},
		{"Hours", jsdate.HourFromTime}, {"Milliseconds", jsdate.MsFromTime}, {"Minutes", jsdate.MinFromTime},
		{"Month", jsdate.MonthFromTime}, {"Seconds", jsdate.SecFromTime},
	}
	for _, g := range fieldGetters {
		getter("get"+g.name, true, g.fn)
	}
	getter("getTime", false, func(t float64) float64 { return t })
	// V8 keeps the offset in whole minutes, truncating the seconds of
	// local mean time zones (-321.1666… for Asia/Kolkata in 1883 is -321).
	getter("getTimezoneOffset", false, func(t float64) float64 { return math.Trunc((t - jsdate.LocalTime(t)) / 60000) })
	for _, g := range fieldGetters {
		getter("getUTC"+g.name, false, g.fn)
	}
	getter("getYear", true, func(t float64) float64 { return jsdate.YearFromTime(t) - 1900 })

	// Setters (§21.4.4.20-31): convert the arguments first, then rebuild the
	// time value from the fields that were not given.
	setter := func(name string, local bool, first, count int) {
		r.Method(dp, name, count, func(rt *Runtime, this Value, args []Value) Value {
			t := rt.thisTimeValue(this, name)
			var vals [numDateFields]float64
			n := max(1, min(count, len(args)))
			for i := 0; i < n; i++ {
				vals[i] = rt.ToNumber(Arg(args, i))
			}
			if t != t {
				if first != fYear {
					return gc.NaN
				}
				t = 0
			} else if local {
				t = jsdate.LocalTime(t)
			}
			f := splitTime(t)
			copy(f[first:first+n], vals[:n])
			u := joinTime(f)
			if local {
				u = jsdate.UTC(u)
			}
			u = jsdate.TimeClip(u)
			rt.obj(this).v0 = gc.Float(u)
			return gc.Float(u)
		})
	}
	setters := []struct {
		name         string
		first, count int
	}{
		{"Date", fDate, 1}, {"FullYear", fYear, 3}, {"Hours", fHour, 4}, {"Milliseconds", fMs, 1},
		{"Minutes", fMin, 3}, {"Month", fMonth, 2}, {"Seconds", fSec, 2},
	}
	for _, s := range setters {
		setter("set"+s.name, true, s.first, s.count)
	}
	// ECMA-262 §21.4.4.27 Date.prototype.setTime
	r.Method(dp, "setTime", 1, func(rt *Runtime, this Value, args []Value) Value {
		rt.thisTimeValue(this, "setTime")
		t := jsdate.TimeClip(rt.ToNumber(Arg(args, 0)))
		rt.obj(this).v0 = gc.Float(t)
		return gc.Float(t)
	})
	for _, s := range setters {
		setter("setUTC"+s.name, false, s.first, s.count)
	}
	// ECMA-262 §B.2.3.2 Date.prototype.setYear
	r.Method(dp, "setYear", 1, func(rt *Runtime, this Value, args []Value) Value {
		t := rt.thisTimeValue(this, "setYear")
		y := rt.ToNumber(Arg(args, 0))
		if t != t {
			t = 0
		} else {
			t = jsdate.LocalTime(t)
		}
		u := math.NaN()
		if y == y {
			f := splitTime(t)
			f[fYear] = makeFullYear(y)
			u = jsdate.TimeClip(jsdate.UTC(joinTime(f)))
		}
		rt.obj(this).v0 = gc.Float(u)
		return gc.Float(u)
	})

	// String forms (§21.4.4.35-43).
	format := func(name string, fn func(float64) string) Value {
		return r.MethodFn(dp, name, 0, func(rt *Runtime, this Value, _ []Value) Value {
			return rt.NewString(fn(rt.thisTimeValue(this, name)))
		})
	}
	format("toDateString", jsdate.ToDateString)
	r.Method(dp, "toISOString", 0, func(rt *Runtime, this Value, _ []Value) Value {
		s, ok := jsdate.ToISOString(rt.thisTimeValue(this, "toISOString"))
		if !ok {
			rt.throwRangeError("Invalid time value")
		}
		return rt.NewString(s)
	})
	// ECMA-262 §21.4.4.37 Date.prototype.toJSON: generic, any object with
	// a toISOString method will do.
	r.Method(dp, "toJSON", 1, func(rt *Runtime, this Value, _ []Value) Value {
		o := rt.ToObject(this)
		tv := rt.ToPrimitive(o, hintNumber)
		if tv.IsNumber() && (math.IsNaN(tv.Float()) || math.IsInf(tv.Float(), 0)) {
			return Null
		}
		f := rt.Get(o, rt.atom("toISOString"))
		if !rt.isCallable(f) {
			rt.throwTypeError("toISOString is not a function")
		}
		return rt.callValue(f, o, nil, Undefined)
	})
	// ECMA-402 §20.4.1-3: the locale forms go through Intl.DateTimeFormat.
	r.Method(dp, "toLocaleDateString", 0, func(rt *Runtime, this Value, args []Value) Value {
		return rt.toLocaleDateTime(this, args, "toLocaleDateString", "date", "date")
	})
	r.Method(dp, "toLocaleString", 0, func(rt *Runtime, this Value, args []Value) Value {
		return rt.toLocaleDateTime(this, args, "toLocaleString", "any", "all")
	})
	r.Method(dp, "toLocaleTimeString", 0, func(rt *Runtime, this Value, args []Value) Value {
		return rt.toLocaleDateTime(this, args, "toLocaleTimeString", "time", "time")
	})
	format("toString", jsdate.ToString)
	format("toTimeString", jsdate.ToTimeString)
	// Annex B §B.2.3.3: toGMTString is the same function object as
	// toUTCString.
	utc := format("toUTCString", jsdate.ToUTCString)
	r.Value(dp, "toGMTString", utc)
	r.Method(dp, "valueOf", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return gc.Float(rt.thisTimeValue(this, ""))
	})
	// ECMA-262 §21.4.4.45 Date.prototype [ @@toPrimitive ] ( hint ):
	// not writable, configurable.
	rt := r.rt
	tp := rt.NewNativeFunction("[Symbol.toPrimitive]", 1, func(rt *Runtime, this Value, args []Value) Value {
		if !this.IsObject() {
			rt.throwTypeError("Method Date.prototype [ @@toPrimitive ] called on incompatible receiver %s", rt.inspectShort(this))
		}
		h := Arg(args, 0)
		var order [2]string
		switch {
		case h.IsString() && (rt.GoString(h) == "string" || rt.GoString(h) == "default"):
			order = [2]string{"toString", "valueOf"}
		case h.IsString() && rt.GoString(h) == "number":
			order = [2]string{"valueOf", "toString"}
		default:
			rt.throwTypeError("Invalid hint: %s", rt.inspectHint(h))
		}
		// ECMA-262 §7.1.1.1 OrdinaryToPrimitive
		for _, name := range order {
			m := rt.Get(this, rt.atom(name))
			if rt.isCallable(m) {
				if res := rt.Call(m, this); !res.IsObject() {
					return res
				}
			}
		}
		rt.throwTypeError("Cannot convert object to primitive value")
		return Undefined
	})
	rt.defineData(dp, rt.wellKnown.toPrimitive, tp, attrConfigurable)
}

// inspectHint renders a bad toPrimitive hint as V8's message shows it.
func (rt *Runtime) inspectHint(h Value) string {
	if h.IsString() {
		return rt.GoString(h)
	}
	return rt.inspectShort(h)
}
