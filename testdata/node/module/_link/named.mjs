import { a, missing as renamed } from "./dep.mjs";
