// Flow-typed module syntax: a module whose own parse fails.
import typeof X from "./x.js";
