// Inside a catch block, `var e = v` with the name of the simple catch parameter
// hoists a var but assigns the parameter (ECMA-262 §B.3.4).
try { throw 1; } catch (err) { var err = 2; console.log(err); } console.log(typeof err, err);
function f() { try { throw 'a'; } catch (e) { var e = 'b'; var g = e; { var e = 'c'; } console.log(e, g); } return [e, g]; } console.log(f());
function h() { try { throw 0; } catch (e) { for (var e in { k: 1 }) {} console.log(e); } return e; } console.log(h());
function k() { try { throw 0; } catch (e) { (() => { var e = 'inner'; })(); var e; console.log(e); } return e; } console.log(k());
function m() { try { throw [0]; } catch ([e]) { } var e = 5; return e; } console.log(m());
function n() { try { throw 0; } catch (e) { eval('var e = 9'); console.log(e); } return e; } console.log(n());
