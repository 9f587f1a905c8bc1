import {
	a,
	dup
} from "./dep.mjs";
