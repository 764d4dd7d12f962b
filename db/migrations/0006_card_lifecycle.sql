CREATE TABLE "card_serial_counter" (
	"id" integer PRIMARY KEY NOT NULL,
	"next_serial" bigint NOT NULL,
	CONSTRAINT "card_serial_counter_single_row" CHECK ("card_serial_counter"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "card_sales" (
	"id" text PRIMARY KEY NOT NULL,
	"outlet_unit_id" text NOT NULL,
	"clerk_id" text NOT NULL,
	"business_date" date NOT NULL,
	"first_card_no" text NOT NULL,
	"last_card_no" text NOT NULL,
	"card_count" integer NOT NULL,
	"amount_fen" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "card_sales_amount_positive" CHECK ("card_sales"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "card_transfers" (
	"id" text PRIMARY KEY NOT NULL,
	"from_unit_id" text NOT NULL,
	"to_unit_id" text NOT NULL,
	"to_user_id" text,
	"first_card_no" text NOT NULL,
	"last_card_no" text NOT NULL,
	"card_count" integer NOT NULL,
	"value_fen" bigint NOT NULL,
	"state" text NOT NULL,
	"sent_by" text NOT NULL,
	"received_by" text,
	"sent_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone,
	CONSTRAINT "card_transfers_state_check" CHECK ("card_transfers"."state" IN ('sent','received')),
	CONSTRAINT "card_transfers_receiver_not_sender" CHECK ("card_transfers"."received_by" IS NULL OR "card_transfers"."received_by" <> "card_transfers"."sent_by")
);
--> statement-breakpoint
CREATE TABLE "shipment_cartons" (
	"shipment_id" text NOT NULL,
	"seq" integer NOT NULL,
	"first_card_no" text NOT NULL,
	"last_card_no" text NOT NULL,
	"card_count" integer NOT NULL,
	"state" text NOT NULL,
	"received_by" text,
	"received_at" timestamp with time zone,
	CONSTRAINT "shipment_cartons_shipment_id_seq_pk" PRIMARY KEY("shipment_id","seq"),
	CONSTRAINT "shipment_cartons_state_check" CHECK ("shipment_cartons"."state" IN ('in_transit','received')),
	CONSTRAINT "shipment_cartons_range" CHECK ("shipment_cartons"."first_card_no" <= "shipment_cartons"."last_card_no")
);
--> statement-breakpoint
CREATE TABLE "shipments" (
	"id" text PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"to_unit_id" text NOT NULL,
	"state" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "shipments_state_check" CHECK ("shipments"."state" IN ('in_transit','partly_received','received'))
);
--> statement-breakpoint
CREATE TABLE "card_files" (
	"order_id" text NOT NULL,
	"part" integer NOT NULL,
	"card_count" integer NOT NULL,
	"print_file_sha256" text NOT NULL,
	"jwe" text NOT NULL,
	"acknowledgement" text,
	"acknowledged_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "card_files_order_id_part_pk" PRIMARY KEY("order_id","part"),
	CONSTRAINT "card_files_ack_complete" CHECK (("card_files"."acknowledgement" IS NULL) = ("card_files"."acknowledged_at" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "manufacturers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"encryption_jwk" jsonb NOT NULL,
	"verification_jwk" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "production_orders" (
	"id" text PRIMARY KEY NOT NULL,
	"plan_id" text NOT NULL,
	"manufacturer_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"state" text NOT NULL,
	"card_count" integer NOT NULL,
	"total_fen" bigint NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	CONSTRAINT "production_orders_plan_id_unique" UNIQUE("plan_id"),
	CONSTRAINT "production_orders_state_check" CHECK ("production_orders"."state" IN ('generated','acknowledged')),
	CONSTRAINT "production_orders_ack_complete" CHECK (("production_orders"."state" = 'acknowledged') = ("production_orders"."acknowledged_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "production_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"state" text NOT NULL,
	"sell_by" date NOT NULL,
	"approval_id" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "production_plans_state_check" CHECK ("production_plans"."state" IN ('pending_approval','approved','rejected','ordered'))
);
--> statement-breakpoint
CREATE TABLE "production_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"face_value_fen" bigint NOT NULL,
	"quantity" integer NOT NULL,
	"state" text NOT NULL,
	"plan_id" text,
	"requested_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "production_requests_state_check" CHECK ("production_requests"."state" IN ('open','planned')),
	CONSTRAINT "production_requests_planned_has_plan" CHECK (("production_requests"."state" = 'planned') = ("production_requests"."plan_id" IS NOT NULL)),
	CONSTRAINT "production_requests_quantity" CHECK ("production_requests"."quantity" BETWEEN 1 AND 10000000),
	CONSTRAINT "production_requests_face_value" CHECK ("production_requests"."face_value_fen" > 0)
);
--> statement-breakpoint
ALTER TABLE "cards" DROP CONSTRAINT "cards_state_check";--> statement-breakpoint
ALTER TABLE "cards" DROP CONSTRAINT "cards_batch_id_card_batches_id_fk";
--> statement-breakpoint
ALTER TABLE "cards" DROP CONSTRAINT "cards_owner_unit_id_org_units_id_fk";
--> statement-breakpoint
DROP INDEX "cards_batch_idx";--> statement-breakpoint
DROP INDEX "cards_owner_state_idx";--> statement-breakpoint
ALTER TABLE "card_batches" ADD COLUMN "order_id" text;--> statement-breakpoint
ALTER TABLE "card_batches" ADD COLUMN "unit_id" text;--> statement-breakpoint
ALTER TABLE "card_batches" ADD COLUMN "first_serial" bigint;--> statement-breakpoint
ALTER TABLE "card_batches" ADD COLUMN "last_serial" bigint;--> statement-breakpoint
ALTER TABLE "card_batches" ADD COLUMN "first_card_no" text;--> statement-breakpoint
ALTER TABLE "card_batches" ADD COLUMN "last_card_no" text;--> statement-breakpoint
ALTER TABLE "card_batches" ADD COLUMN "sell_by" date;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "state_before_freeze" text;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "holder_user_id" text;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "transfer_id" text;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "sale_id" text;--> statement-breakpoint
ALTER TABLE "card_sales" ADD CONSTRAINT "card_sales_outlet_unit_id_org_units_id_fk" FOREIGN KEY ("outlet_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_sales" ADD CONSTRAINT "card_sales_clerk_id_staff_users_id_fk" FOREIGN KEY ("clerk_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_transfers" ADD CONSTRAINT "card_transfers_from_unit_id_org_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_transfers" ADD CONSTRAINT "card_transfers_to_unit_id_org_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_transfers" ADD CONSTRAINT "card_transfers_to_user_id_staff_users_id_fk" FOREIGN KEY ("to_user_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_transfers" ADD CONSTRAINT "card_transfers_sent_by_staff_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_transfers" ADD CONSTRAINT "card_transfers_received_by_staff_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_cartons" ADD CONSTRAINT "shipment_cartons_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_cartons" ADD CONSTRAINT "shipment_cartons_received_by_staff_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_to_unit_id_org_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_files" ADD CONSTRAINT "card_files_order_id_production_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."production_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manufacturers" ADD CONSTRAINT "manufacturers_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_orders" ADD CONSTRAINT "production_orders_plan_id_production_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."production_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_orders" ADD CONSTRAINT "production_orders_manufacturer_id_manufacturers_id_fk" FOREIGN KEY ("manufacturer_id") REFERENCES "public"."manufacturers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_orders" ADD CONSTRAINT "production_orders_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_orders" ADD CONSTRAINT "production_orders_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_plans" ADD CONSTRAINT "production_plans_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_plans" ADD CONSTRAINT "production_plans_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_requests" ADD CONSTRAINT "production_requests_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_requests" ADD CONSTRAINT "production_requests_requested_by_staff_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "card_sales_outlet_day_idx" ON "card_sales" USING btree ("outlet_unit_id","business_date");--> statement-breakpoint
CREATE INDEX "card_transfers_to_unit_idx" ON "card_transfers" USING btree ("to_unit_id","state");--> statement-breakpoint
CREATE INDEX "shipments_to_unit_idx" ON "shipments" USING btree ("to_unit_id");--> statement-breakpoint
CREATE INDEX "production_requests_plan_idx" ON "production_requests" USING btree ("plan_id");--> statement-breakpoint
ALTER TABLE "card_batches" ADD CONSTRAINT "card_batches_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_in_transfer_has_transfer" CHECK (("cards"."state" = 'in_transfer') = ("cards"."transfer_id" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_frozen_remembers_state" CHECK (("cards"."state" = 'frozen') = ("cards"."state_before_freeze" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_state_check" CHECK (state IN ('generated','in_transit','in_stock','in_transfer','sold','used','locked','frozen','scrapped','destroyed'));--> statement-breakpoint
-- Card serials handed out by production orders start above every serial used before them
-- (demo data and test fixtures stay below 10^12), so no two batches can share a number.
INSERT INTO "card_serial_counter" ("id", "next_serial") VALUES (1, 1000000000000);--> statement-breakpoint
-- No two generated batches may overlap, whatever the code does.
ALTER TABLE "card_batches" ADD CONSTRAINT "card_batches_serials_disjoint"
  EXCLUDE USING gist (int8range("first_serial", "last_serial", '[]') WITH &&) WHERE ("first_serial" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "card_batches" ADD CONSTRAINT "card_batches_range_complete"
  CHECK (("first_serial" IS NULL) = ("last_serial" IS NULL) AND ("first_serial" IS NULL OR "last_serial" - "first_serial" + 1 = "quantity"));--> statement-breakpoint
-- cards.batch_id and cards.owner_unit_id are checked per STATEMENT against the set of new rows,
-- not by row-level foreign keys: a production order COPYs a million cards, and a million
-- row-level checks tripled the load time. Updates are not checked here: a trigger on every card
-- UPDATE cost the one-card recharge statement a third of its throughput, and the only updates
-- that change an owner (shipments, transfers) copy it from shipments.to_unit_id or
-- card_transfers.to_unit_id, which are foreign keys. batch_id never changes after insert.
CREATE FUNCTION cards_check_references() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM (SELECT DISTINCT owner_unit_id FROM new_cards) n
              WHERE NOT EXISTS (SELECT 1 FROM org_units u WHERE u.id = n.owner_unit_id)) THEN
    RAISE EXCEPTION 'cards.owner_unit_id must name an org unit' USING ERRCODE = 'foreign_key_violation';
  END IF;
  IF EXISTS (SELECT 1 FROM (SELECT DISTINCT batch_id FROM new_cards) n
              WHERE NOT EXISTS (SELECT 1 FROM card_batches b WHERE b.id = n.batch_id)) THEN
    RAISE EXCEPTION 'cards.batch_id must name a card batch' USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER cards_references_on_insert AFTER INSERT ON cards
  REFERENCING NEW TABLE AS new_cards FOR EACH STATEMENT EXECUTE FUNCTION cards_check_references();--> statement-breakpoint
-- The other side of those references: a unit or batch that cards name cannot be deleted.
CREATE FUNCTION refuse_delete_while_cards_refer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_TABLE_NAME = 'org_units' AND EXISTS (SELECT 1 FROM cards WHERE owner_unit_id = OLD.id))
     OR (TG_TABLE_NAME = 'card_batches' AND EXISTS (SELECT 1 FROM cards WHERE batch_id = OLD.id)) THEN
    RAISE EXCEPTION '% % still has cards', TG_TABLE_NAME, OLD.id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN OLD;
END $$;--> statement-breakpoint
CREATE TRIGGER org_units_keep_card_owners BEFORE DELETE ON org_units
  FOR EACH ROW EXECUTE FUNCTION refuse_delete_while_cards_refer();--> statement-breakpoint
CREATE TRIGGER card_batches_keep_cards BEFORE DELETE ON card_batches
  FOR EACH ROW EXECUTE FUNCTION refuse_delete_while_cards_refer();
--> statement-breakpoint
-- Room on every page for a new version of each row: range moves and recharges change only
-- unindexed columns, so with this space they are HOT updates (no index writes). Applies to
-- pages written from now on.
ALTER TABLE "cards" SET (fillfactor = 50);
