/** 张三 → 张*, 张小明 → 张*明, 欧阳小明 → 欧**明: the first and last character stay. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return "*";
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${"*".repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** 13812345678 → 138****5678. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return "*".repeat(phone.length);
  return `${phone.slice(0, 3)}${"*".repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** 3301000001 → 33******01: a customer number shown where the customer is not the subject. */
export function maskCustomerNo(customerNo: string): string {
  if (customerNo.length <= 4) return "*".repeat(customerNo.length);
  return `${customerNo.slice(0, 2)}${"*".repeat(customerNo.length - 4)}${customerNo.slice(-2)}`;
}
