/**
 * A card file (or a key for it) that must not be used, with the reason in words an operator at
 * the manufacturer can act on. Not a DomainError: it is raised by the manufacturer's tool, not
 * answered to an API client.
 */
export class CardFileError extends Error {
  override readonly name = "CardFileError";
}
