/**
 * The one rule for text that comes in: no control characters and no lone surrogates, in any
 * string a request carries (path, query, validated headers, JSON and form bodies, CSV cells).
 *
 * Control characters are C0 (U+0000–U+001F, so tab, CR and LF too), DEL (U+007F) and C1
 * (U+0080–U+009F). NUL is refused by PostgreSQL's text type (SQLSTATE 22021, which was a 500);
 * the rest have no place in a card number, an id, a name, an address or a reason: every field of
 * this API is one line, and a line break or an escape in a name travels on into logs, CSV exports
 * and the console. A lone surrogate is not Unicode at all: the driver would silently store U+FFFD
 * instead of what was sent.
 *
 * Matched per code point (`u` flag), so a surrogate pair (an emoji) is fine and only an
 * unpaired half matches.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this rule's purpose.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udfff]/u;

export const CONTROL_CHARACTER_MESSAGE =
  "must not contain control characters (U+0000–U+001F, U+007F–U+009F: no tab or line break) or unpaired surrogates";

export const isCleanText = (value: string) => !FORBIDDEN.test(value);
