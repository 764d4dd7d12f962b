import type { StaffRole } from "@powercard/db";

/** A staff user as the API shows it: never the password hash. */
export interface StaffUserView {
  id: string;
  username: string;
  displayName: string;
  unitId: string;
  status: "active" | "disabled";
  roles: StaffRole[];
  lockedUntil: string | null;
  createdAt: string;
}
