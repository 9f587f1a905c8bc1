"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
function boom(t) {
    throw new Error('bad ' + t.name);
}
function run() {
    boom({ name: 'x' });
}
run();
//# sourceMappingURL=a.js.map
