// A JSON.parse error printed uncaught: its banner quotes the line of the
// JSON text (V8's <anonymous_script>) with a caret at the fault.
JSON.parse('{\n  "name": "kiln",\n  version: 1\n}');
