"use strict";
function inner() {
    return new Error('caught');
}
process.setSourceMapsEnabled(true);
console.log(inner().stack.split('\n').slice(0, 2).join('\n').replace(__dirname.replace(/dist$/, ''), '<sm>/'));
process.setSourceMapsEnabled(false);
console.log(inner().stack.split('\n').slice(0, 2).join('\n').replace(__dirname.replace(/dist$/, ''), '<sm>/'));
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjogMywgInNvdXJjZXMiOiBbIi4uL3NyYy9jYXVnaHQudHMiXSwgInNvdXJjZXNDb250ZW50IjogWyIvLyBub3Qgb24gZGlza1xuXG5cblxuZnVuY3Rpb24gaW5uZXIoKTogRXJyb3Ige1xuICByZXR1cm4gbmV3IEVycm9yKCdjYXVnaHQnKTtcbn1cbiJdLCAibmFtZXMiOiBbXSwgIm1hcHBpbmdzIjogIjtBQUlBO0lBQ0UsT0FBTzs7Ozs7OyJ9
