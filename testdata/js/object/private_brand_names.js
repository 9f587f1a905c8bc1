// V8's brand-check messages name a class by the name written in it: never
// its name property, nor the name an anonymous class takes from where it is
// stored ("class anonymous"; a static element's: "class .").
const t = (name, f) => { try { f(); console.log(name, 'no throw'); } catch (e) { console.log(name, e.constructor.name + ': ' + e.message); } };
const C = class { #m() {} static g(o) { o.#m(); } };
t('anon method', () => C.g({}));
class D { #m() {} static g(o) { o.#m(); } }
t('named method', () => D.g({}));
const E = class Named { #m() {} static g(o) { o.#m(); } };
t('named expr', () => E.g({}));
const F = class { get #a() { return 1; } static g(o) { return o.#a; } };
t('anon getter', () => F.g({}));
const F2 = class { set #a(v) {} static g(o) { o.#a = 1; } };
t('anon setter', () => F2.g({}));
const F3 = class { get #a() { return 1; } static g(o) { o.#a = 1; } };
t('anon getter-only set', () => F3.g(new F3()));
const G = class { static #s() {} static g(o) { o.#s(); } };
t('anon static method', () => G.g({}));
const G2 = class { static get #s() { return 1; } static g(o) { return o.#s; } };
t('anon static getter', () => G2.g({}));
const H = class { #f = 1; static g(o) { return o.#f; } };
t('anon field', () => H.g({}));
const H2 = class { static #f = 1; static g(o) { return o.#f; } };
t('anon static field', () => H2.g({}));
const o = { K: class { #m() {} static g(o) { o.#m(); } } };
t('object property', () => o.K.g({}));
class Holder { static K = class { #m() {} static g(o) { o.#m(); } }; }
t('class field', () => Holder.K.g({}));
const Derived = class extends D { #m() {} static g(o) { o.#m(); } };
t('derived anon', () => Derived.g({}));
let L; L = class { #m() {} static g(o) { o.#m(); } };
t('assigned', () => L.g({}));
const arr = [class { #m() {} static g(o) { o.#m(); } }];
t('array elem', () => arr[0].g({}));
t('in check', () => { const M = class { #x; static h(o) { return #x in o; } }; return M.h(1); });
const N = class { #m() {} static g(o) { o.#m = 1; } };
t('assign to method', () => N.g(new N()));
function mk() { return class { #m() {} static g(o) { o.#m(); } }; }
t('returned', () => mk().g({}));
const P = class { static #m() {} static g(o) { o.#m(); } };
t('static on subclass', () => P.g(class extends P {}));
t('default param', () => { function f(K = class { #m() {} static g(o) { o.#m(); } }) { return K; } f().g({}); });
{
class D { static name = 'X'; #m() {} static g(o) { o.#m(); } }
t('renamed', () => D.g({}));
class D2 { static name() {} static #m() {} static g(o) { o.#m(); } }
t('renamed static', () => D2.g({}));
const E = class { static name = 'Y'; #m() {} static g(o) { o.#m(); } };
t('anon renamed', () => E.g({}));
const o = { default: class { #m() {} static g(o) { o.#m(); } } };
t('default key', () => o.default.g({}));
const F = class { #m() {} static g(o) { o.#m(); } }; Object.defineProperty(F, 'name', { value: 'Z' });
t('anon defineProperty', () => F.g({}));
class G { #m() {} static g(o) { o.#m(); } } Object.defineProperty(G, 'name', { value: 'W' });
t('named defineProperty', () => G.g({}));
}
