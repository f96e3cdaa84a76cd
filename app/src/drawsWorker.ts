/**
 * A bootstrap draw worker: started by the analysis worker (one per core), it runs chunks of bootstrap draws with
 * the library's worker protocol. Every draw uses the random stream (seed, draw), so the numbers do not depend on
 * how many of these workers share the draws.
 */
import { serveBootstrapDraws } from "../../src/bootstrap/workerProtocol.ts";
import type { WorkerLike } from "../../src/bootstrap/workerProtocol.ts";

serveBootstrapDraws(self as unknown as WorkerLike);
