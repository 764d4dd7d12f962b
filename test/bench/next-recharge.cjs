// Runs inside autocannon's worker thread (its `requests[].setupRequest` must be a file there):
// each POST /v1/recharges gets the next unused card of this run and a fresh Idempotency-Key.
const { workerData } = require("node:worker_threads");

/** @type {{ apiKey: string, keyPrefix: string, bodies: string[] }} */
const run = workerData.opts.bench;
let next = 0;

/** @param {import("autocannon").Request} request */
module.exports = function setupRequest(request) {
  // Past the last card the final one is resent: it fails, and the run reports that it ran out.
  const body = run.bodies[Math.min(next, run.bodies.length - 1)];
  next++;
  return {
    ...request,
    headers: {
      Authorization: `Bearer ${run.apiKey}`,
      "Content-Type": "application/json",
      "Idempotency-Key": `${run.keyPrefix}-${next}`,
    },
    body,
  };
};
