CREATE TABLE "bill_imports" (
	"source" text NOT NULL,
	"source_bill_id" text NOT NULL,
	"customer_no" text NOT NULL,
	"bill_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "bill_imports_source_source_bill_id_pk" PRIMARY KEY("source","source_bill_id")
);
--> statement-breakpoint
-- Every bill imported so far keeps its billing-system id: importing it again stays a no-op.
INSERT INTO "bill_imports" ("source", "source_bill_id", "customer_no", "bill_id", "created_at")
SELECT "source", "source_bill_id", "customer_no", "id", "created_at" FROM "bills";
--> statement-breakpoint
DROP INDEX "bills_source_bill_idx";