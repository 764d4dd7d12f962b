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

/**
 * 浙江省杭州市西湖区文三路 90 号 → 浙江省杭州市西湖区****: the region (up to the last 省/市/区/县
 * within the first 12 characters) stays, the street and number never show; otherwise the first
 * third stays. The mask is always four stars, so its length tells nothing.
 */
export function maskAddress(address: string): string {
  const chars = [...address.trim()];
  if (chars.length === 0) return "";
  const head = chars.slice(0, 12).join("");
  const region = /^.*[省市区县旗州盟]/u.exec(head)?.[0];
  const kept =
    region && [...region].length < chars.length
      ? region
      : chars.slice(0, Math.floor(chars.length / 3)).join("");
  return `${kept}****`;
}
