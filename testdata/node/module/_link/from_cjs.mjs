import { present, absent } from "./cjs.cjs";
