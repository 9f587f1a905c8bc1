class A {
  static a = 1;
  b = 2;
  static { this.c = 3; }
  static d = () => 4;
  e = 5
}
class B { x = 1 }
new B();
class C7 { #p = 1; m() { return this.#p; } }
class C3 { m() { return 1; } }
class C4 { #p = 1; m() { return 1; } }
class C5 { #p = 1; m() { return 1; } }
new C5();
class C6 { p = 1; m() { return 1; } }
