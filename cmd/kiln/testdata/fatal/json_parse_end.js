// At the end of the input there is no caret under the quoted line.
JSON.parse('[1,\n2,');
