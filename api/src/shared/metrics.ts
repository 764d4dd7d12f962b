import { memoryUsage } from "node:process";
import { CHANNELS } from "@powercard/db";

/**
 * This process's counters, in the Prometheus text format. They live in memory and count from the
 * start of the process, as Prometheus counters do; Prometheus sums the instances. (Limits, which
 * must hold across instances, are in PostgreSQL — see services/limits.)
 */
const RECHARGE_OUTCOMES = [
  "succeeded",
  "pin_incorrect",
  "card_not_found",
  "card_locked",
  "customer_not_found",
  "card_already_used",
  "card_not_sold",
  "card_frozen",
] as const;
const VERIFY_OUTCOMES = ["verified", "pin_incorrect", "card_not_found", "card_locked"] as const;
const LIMITS = [
  "client_requests",
  "client_failures",
  "customer_failures",
  "clerk_failures",
  "ip_failures",
  "card_failures",
  "phone_failures",
  "preview_ip_lookups",
  "preview_customer_lookups",
  "preview_client_lookups",
  "preview_clerk_lookups",
  "card_status_ip_lookups",
] as const;

class Counter {
  private readonly values = new Map<string, { labels: Record<string, string>; value: number }>();

  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  /** Series that exist from the start at 0, so that rate() and absent() work before the first event. */
  declare(labels: Record<string, string>): this {
    const id = Object.values(labels).join("\u0000");
    if (!this.values.has(id)) this.values.set(id, { labels, value: 0 });
    return this;
  }

  /** Labels always in the same order per counter, so their values alone name the series. */
  inc(labels: Record<string, string>, by = 1) {
    const id = Object.values(labels).join("\u0000");
    const series = this.values.get(id) ?? { labels, value: 0 };
    series.value += by;
    this.values.set(id, series);
  }

  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const { labels, value } of this.values.values())
      lines.push(`${this.name}${labelText(labels)} ${value}`);
    return lines;
  }
}

const rechargeOutcomes = new Counter(
  "powercard_recharge_outcomes_total",
  "Recharge attempts evaluated, by channel and outcome (replays of a stored answer are not counted).",
);
const verifyOutcomes = new Counter(
  "powercard_card_verifications_total",
  "Card verifications evaluated, by channel and outcome.",
);
const rateLimited = new Counter("powercard_rate_limited_total", "Requests refused by a limit, by limit.");
for (const channel of CHANNELS) {
  for (const outcome of RECHARGE_OUTCOMES) rechargeOutcomes.declare({ channel, outcome });
  for (const outcome of VERIFY_OUTCOMES) verifyOutcomes.declare({ channel, outcome });
}
for (const limit of LIMITS) rateLimited.declare({ limit });
const billPaymentFailures = new Counter(
  "powercard_bill_payment_failures_total",
  "Bill payments from the balance that failed after a recharge or top-up committed (the bills stay open).",
);
for (const trigger of ["recharge", "topup"]) billPaymentFailures.declare({ trigger });
const billSweepPaid = new Counter(
  "powercard_bill_sweep_paid_total",
  "Customers whose open bills the periodic sweep paid from their balance (one ledger transaction each).",
).declare({});
const billSweepFailures = new Counter(
  "powercard_bill_sweep_failures_total",
  "Bill sweep failures: customers whose payment failed in a sweep, and sweeps that failed as a whole.",
).declare({});

const figuresRepaired = new Counter(
  "powercard_daily_figures_repaired_days_total",
  "Days whose daily figures changed after their rollup (money booked late) and were rolled up again.",
).declare({});
const admissionRefused = new Counter(
  "powercard_admission_refused_total",
  "Requests refused with 503 overloaded because this instance was at capacity (nothing was done).",
).declare({});
const replicaReads = new Counter(
  "powercard_replica_reads_total",
  "Reads that may be stale (reports, exports, history lists), each counted once, by where it was finally " +
    "served: served=replica, or served=primary with the reason (lagging: more than DATABASE_REPLICA_MAX_LAG_MS " +
    "behind; unreachable: out of reach, or it failed the read, which the primary then answered).",
);
/** The replica's lag as last measured (null: no replica, or it did not answer). */
let replicaLagMs: number | null = null;
const jobRuns = new Counter("powercard_job_runs_total", "Rounds of a background job, by job.");
const jobFailures = new Counter(
  "powercard_job_failures_total",
  "Rounds of a background job that failed, wholly or in part (one customer, one table), by job.",
);
/** Per job, when its last round that failed in no part ended (Unix seconds). */
const jobLastSuccess = new Map<string, number>();

/** The end of the last rolled-up business day, as this process last saw it (null: not yet known). */
let figuresRolledThroughEnd: number | null = null;

export const metrics = {
  rechargeOutcome: (channel: string, outcome: string) => rechargeOutcomes.inc({ channel, outcome }),
  verifyOutcome: (channel: string, outcome: string) => verifyOutcomes.inc({ channel, outcome }),
  rateLimited: (limit: string) => rateLimited.inc({ limit }),
  billPaymentFailed: (trigger: string) => billPaymentFailures.inc({ trigger }),
  billSweepPaid: (customers: number) => billSweepPaid.inc({}, customers),
  billSweepFailed: (count = 1) => billSweepFailures.inc({}, count),
  figuresRepaired: (days: number) => figuresRepaired.inc({}, days),
  admissionRefused: () => admissionRefused.inc({}),
  /** A replica is configured: its series exist from then on, at 0. */
  replicaDeclared: () => {
    replicaReads.declare({ served: "replica", reason: "fresh" });
    for (const reason of ["lagging", "unreachable"]) replicaReads.declare({ served: "primary", reason });
  },
  replicaRead: (served: "replica" | "primary", reason: "fresh" | "lagging" | "unreachable") =>
    replicaReads.inc({ served, reason }),
  replicaLag: (ms: number | null) => {
    replicaLagMs = ms;
  },
  /** A job was started in this process: its series exist from then on, at 0. */
  jobDeclared: (job: string) => {
    jobRuns.declare({ job });
    jobFailures.declare({ job });
  },
  jobRound: (job: string, outcome: "succeeded" | "failed") => {
    jobRuns.inc({ job });
    if (outcome === "failed") jobFailures.inc({ job });
    else jobLastSuccess.set(job, Date.now() / 1000);
  },
  figuresRolledThrough: (day: string | null) => {
    figuresRolledThroughEnd = day === null ? null : Date.parse(`${day}T00:00:00+08:00`) / 1000 + 86_400;
  },
};

export const METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

/** The exposition: our counters, then the process basics Prometheus' client libraries export. */
export function renderMetrics(): string {
  const cpu = process.cpuUsage();
  const memory = memoryUsage();
  const gauge = (name: string, help: string, value: number, type = "gauge") => [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} ${type}`,
    `${name} ${value}`,
  ];
  return `${[
    ...rechargeOutcomes.render(),
    ...verifyOutcomes.render(),
    ...rateLimited.render(),
    ...billPaymentFailures.render(),
    ...billSweepPaid.render(),
    ...billSweepFailures.render(),
    ...figuresRepaired.render(),
    ...admissionRefused.render(),
    // Alert when time() minus this exceeds a day and a few hours: the rollup has stalled.
    ...(figuresRolledThroughEnd === null
      ? []
      : gauge(
          "powercard_daily_figures_rolled_through_timestamp_seconds",
          "End of the last business day rolled up into daily_figures (Unix seconds).",
          figuresRolledThroughEnd,
        )),
    ...replicaReads.render(),
    ...(replicaLagMs === null
      ? []
      : gauge(
          "powercard_replica_lag_seconds",
          "How far the streaming replica was behind the primary when last measured (at most once a second).",
          replicaLagMs / 1000,
        )),
    ...jobRuns.render(),
    ...jobFailures.render(),
    // Alert when time() minus this exceeds a few intervals of the job: it has stopped succeeding.
    ...(jobLastSuccess.size === 0
      ? []
      : [
          "# HELP powercard_job_last_success_timestamp_seconds When a background job last ran a round without failure (Unix seconds).",
          "# TYPE powercard_job_last_success_timestamp_seconds gauge",
          ...[...jobLastSuccess].map(
            ([job, at]) => `powercard_job_last_success_timestamp_seconds${labelText({ job })} ${at}`,
          ),
        ]),
    ...gauge("process_cpu_user_seconds_total", "User CPU time spent in seconds.", cpu.user / 1e6, "counter"),
    ...gauge(
      "process_cpu_system_seconds_total",
      "System CPU time spent in seconds.",
      cpu.system / 1e6,
      "counter",
    ),
    ...gauge(
      "process_cpu_seconds_total",
      "Total user and system CPU time spent in seconds.",
      (cpu.user + cpu.system) / 1e6,
      "counter",
    ),
    ...gauge("process_resident_memory_bytes", "Resident memory size in bytes.", memory.rss),
    ...gauge(
      "process_start_time_seconds",
      "Start time of the process since unix epoch in seconds.",
      Math.round(Date.now() / 1000 - process.uptime()),
    ),
    ...gauge("nodejs_heap_size_used_bytes", "Process heap size used from Node.js in bytes.", memory.heapUsed),
    ...gauge("nodejs_heap_size_total_bytes", "Process heap size from Node.js in bytes.", memory.heapTotal),
  ].join("\n")}\n`;
}

function labelText(labels: Record<string, string>): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return pairs.length ? `{${pairs.join(",")}}` : "";
}

const escapeLabel = (value: string) =>
  value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
