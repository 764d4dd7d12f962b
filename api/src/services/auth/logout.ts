import { DomainError } from "../../shared/errors.ts";
import type { LoginContext } from "./login.ts";
import { revokeFamilyOf } from "./refresh-session.ts";
import { hashRefreshToken } from "./refresh-tokens.ts";

/** Ends a session: its refresh token and every token rotated from it stop working. */
export async function logout({
  ctx,
  input,
}: {
  ctx: LoginContext;
  input: { refreshToken: string };
}): Promise<void> {
  const revoked = await revokeFamilyOf(ctx, hashRefreshToken(input.refreshToken), "auth.logout");
  if (!revoked) throw new DomainError("invalid_credentials");
}
