/** A table's empty state in readable text: antd's default grey misses AA contrast. */
export function Empty({ text }: { text: string }) {
  return <span className="pc-empty">{text}</span>;
}
