// A module with an error after its first import.
import "./x.js";
export default 5 +;
