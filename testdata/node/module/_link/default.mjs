// a comment first
import whole from "./dep.mjs";
