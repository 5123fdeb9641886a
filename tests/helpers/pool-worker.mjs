/**
 * A stand-in worker for tests/cli/worker-pool.test.ts (piscina loads it in a thread of its own):
 * posts BUNDLE_COMPILED once loaded, as src/run/worker.ts does, and answers each unit of work —
 * an array of numbers — with the numbers and the thread that saw them.
 */
import { parentPort, threadId } from 'node:worker_threads';

parentPort?.postMessage({ claimsBundleCompiled: true });

export default function handle(tasks) {
  return { tasks, thread: threadId };
}
