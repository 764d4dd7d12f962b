import { typeid } from "typeid-js";

/** Prefixed, time-sortable opaque ids (TypeID: prefix + UUIDv7), generated in the app. */
export const newId = {
  recharge: () => typeid("rch").toString(),
  ledgerTransaction: () => typeid("txn").toString(),
  channelClient: () => typeid("cli").toString(),
  unit: () => typeid("unt").toString(),
  batch: () => typeid("bat").toString(),
  auditEvent: () => typeid("aud").toString(),
  user: () => typeid("usr").toString(),
  refreshToken: () => typeid("rtk").toString(),
  approval: () => typeid("apr").toString(),
  topup: () => typeid("tup").toString(),
  webhookEvent: () => typeid("evt").toString(),
  manufacturer: () => typeid("mfr").toString(),
  productionRequest: () => typeid("prq").toString(),
  productionPlan: () => typeid("ppl").toString(),
  productionOrder: () => typeid("ord").toString(),
  cardSale: () => typeid("sal").toString(),
  shipment: () => typeid("shp").toString(),
  cardTransfer: () => typeid("ctr").toString(),
  remittance: () => typeid("rem").toString(),
  bill: () => typeid("bil").toString(),
  settlementRun: () => typeid("stl").toString(),
  customerImport: () => typeid("cim").toString(),
  reversalCase: () => typeid("rvc").toString(),
  refundCase: () => typeid("rfc").toString(),
};
