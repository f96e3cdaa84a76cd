// Registers ./tsHooks.mjs; pass to workers as execArgv ["--import", <this file's URL>].
import { register } from "node:module";
register(new URL("./tsHooks.mjs", import.meta.url));
