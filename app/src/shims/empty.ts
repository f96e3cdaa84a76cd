/** Stands in for Node's `fs` in the .sav chunk: the browser reads files from bytes, never from paths. */
export {};
