/** Node's `Buffer` for the .sav chunk (injected by esbuild where sav-reader uses the global). */
export { Buffer } from "buffer";
