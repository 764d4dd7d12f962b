export {
  type CardFileAcknowledgement,
  signAcknowledgement,
  verifyAcknowledgement,
} from "./acknowledgement.ts";
export { CardFileError } from "./card-file-error.ts";
export { checkPrintFile } from "./check-print-file.ts";
export { CARD_ACK_TYP, CARD_FILE_JWE_TYP, CARD_FILE_JWS_TYP } from "./headers.ts";
export {
  CARD_FILE_FORMAT,
  type CardFileManifest,
  cardFileManifestSchema,
  PRINT_FILE_COLUMNS,
  PRINT_FILE_HEADER,
} from "./manifest.ts";
export {
  generateManufacturerKeys,
  type KeyPairJwks,
  keyId,
  type LooseJwk,
  publicPart,
} from "./manufacturer-keys.ts";
export { type OpenCardFileInput, openCardFile } from "./open-card-file.ts";
export { type SealCardFileInput, sealCardFile } from "./seal-card-file.ts";
