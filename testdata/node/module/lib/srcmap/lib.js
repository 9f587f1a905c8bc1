"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.hello = hello;
function hello(name) {
    return "hi ".concat(name);
}
//# sourceMappingURL=lib.js.map