import { Typography } from "antd";

interface StaffRef {
  id: string;
  username: string;
  displayName: string;
}

/**
 * A staff user as people know them: the display name, the username beside it in grey (two users
 * may share a name). Without a name (a manufacturer's client, an old record) the id is shown.
 */
export function StaffName({ who, id }: { who: StaffRef | null | undefined; id?: string | null }) {
  if (!who) return id ? <code>{id}</code> : null;
  return (
    <span data-staff-id={who.id}>
      {who.displayName} <Typography.Text type="secondary">{who.username}</Typography.Text>
    </span>
  );
}
