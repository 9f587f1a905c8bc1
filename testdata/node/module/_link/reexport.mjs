export { nothere } from "./dep.mjs";
