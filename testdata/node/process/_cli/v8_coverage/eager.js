[].forEach(function () { return 1; });
[].map((function () { return 2; }));
var a = (function () { return 3; });
var b = (() => 4);
var c = !function () { return 5; };
