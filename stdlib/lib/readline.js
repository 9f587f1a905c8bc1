// The readline module: line-by-line reading of a stream (see
// internal/readline_interface for what terminal mode does).

const {
  Interface: BaseInterface, InterfaceConstructor, clearLine, clearScreenDown, cursorTo, moveCursor, emitKeypressEvents,
} = require('internal/readline_interface');

// Interface is callable without new, as Node's is.
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  InterfaceConstructor.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

// node's old name for getCursorPos, still on readline's Interface
// (inquirer's screen manager calls it on every render).
Interface.prototype._getCursorPos = BaseInterface.prototype.getCursorPos;

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    return require('readline/promises');
  },
});
