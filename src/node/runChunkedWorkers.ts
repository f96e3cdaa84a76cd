import type { Worker } from "node:worker_threads";

/** A slice of the work: draws `from` … `to − 1`, or leave-one-out fits of those rows when `jackknife`. */
export interface WorkChunk {
  readonly from: number;
  readonly to: number;
  readonly jackknife: boolean;
}

/**
 * The bootstrap draws and then the jackknife rows, cut into chunks of `size`.
 * @param draws number of draws
 * @param jackknifeRows number of leave-one-out fits (0 for none)
 * @param size chunk size (≥ 1)
 * @returns the chunks, draws first
 * @throws never
 * @example
 * drawChunks(5, 2, 2); // draws 0–1, 2–3, 4; jackknife rows 0–1
 */
export function drawChunks(draws: number, jackknifeRows: number, size: number): WorkChunk[] {
  const queue: WorkChunk[] = [];
  for (let d = 0; d < draws; d += size) queue.push({ from: d, to: Math.min(draws, d + size), jackknife: false });
  for (let i = 0; i < jackknifeRows; i += size) queue.push({ from: i, to: Math.min(jackknifeRows, i + size), jackknife: true });
  return queue;
}

/**
 * Run a queue of chunks on a pool of worker threads. Each worker first posts `{ ready: true }`, then answers
 * every chunk it is sent with one message; it is sent `{ stop: true }` when the queue is empty. The pool is
 * terminated whatever happens.
 * @param queue the chunks (consumed)
 * @param workers the pool size (at most one worker per chunk is started)
 * @param start starts one worker
 * @param onResult receives each answer; a throw rejects the run (e.g. a progress callback that failed)
 * @param what what the workers compute, for the message when one exits abnormally
 * @returns when every chunk is answered
 * @throws rejects with a worker's error, an abnormal exit, or the error `onResult` throws
 * @example
 * await runChunkedWorkers(drawChunks(1000, 0, 50), 2, () => new Worker(boot, { eval: true }), (m) => store(m), "bootstrap");
 */
export async function runChunkedWorkers<M extends WorkChunk>(
  queue: WorkChunk[], workers: number, start: () => Worker, onResult: (msg: M) => void, what: string,
): Promise<void> {
  const pool = Array.from({ length: Math.min(workers, queue.length) }, start);
  try {
    await Promise.all(pool.map((worker) => new Promise<void>((resolve, reject) => {
      const next = (): void => {
        const chunk = queue.shift();
        if (chunk === undefined) { worker.postMessage({ from: 0, to: 0, jackknife: false, stop: true }); resolve(); return; }
        worker.postMessage(chunk);
      };
      worker.on("message", (msg: M & { ready?: boolean }) => {
        if (msg.ready === true) { next(); return; }
        try { onResult(msg); } catch (e) { reject(e); return; }
        next();
      });
      worker.on("error", reject);
      worker.on("exit", (code) => { if (code !== 0) reject(new Error(`${what} worker exited with code ${code}`)); });
    })));
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
