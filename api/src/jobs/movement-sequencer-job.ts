import type { Db } from "@powercard/db";
import { sequenceMovements } from "../services/movements/sequence-movements.ts";
import type { Job } from "./job.ts";

/** Booked prepaid movements get their feed positions a second behind the writes, off the request path. */
export function movementSequencerJob({ db }: { db: Db }): Job {
  return {
    name: "movement sequencer",
    intervalMs: 1_000,
    runAtStart: true,
    // MOVEMENT_SEQUENCER_LOCK_KEY: one sequencer at a time across processes, held to its commit,
    // so positions follow commit order; the next one numbers after them.
    lock: "advisory-lock",
    async run({ now }) {
      await sequenceMovements(db, now);
    },
  };
}
