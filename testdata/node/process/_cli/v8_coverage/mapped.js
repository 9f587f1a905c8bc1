"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.add = add;
function add(a, b) {
    return a > 0 ? a + b : b;
}
add(1, 2);
//# sourceMappingURL=maps/mapped.js.map
