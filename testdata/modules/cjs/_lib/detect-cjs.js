// Not module syntax: the CommonJS error stands.
const a = ;
