/**
 * Server-side code that mints the same TURN REST credentials as
 * {@link mintRestCredentials} (coturn `use-auth-secret`): username
 * `<expiry>:<user>`, password `base64(HMAC-SHA1(secret, username))`.
 * Each snippet defines one function, `turnCredentials(secret, user, ttl, now)`,
 * with `now` defaulting to the current Unix time; a unit test runs them
 * against a fixed vector.
 */

/** Languages with a snippet. */
export type SnippetLanguage = 'node' | 'python' | 'go';

/** Every {@link SnippetLanguage}, in display order. */
export const SNIPPET_LANGUAGES: readonly SnippetLanguage[] = ['node', 'python', 'go'];

/** Node.js (any version with `node:crypto`). */
const NODE = `import { createHmac } from 'node:crypto';

// coturn: use-auth-secret + static-auth-secret=<secret>
export function turnCredentials(secret, user, ttl = 3600, now = Math.floor(Date.now() / 1000)) {
  const username = \`\${now + ttl}:\${user}\`;
  const password = createHmac('sha1', secret).update(username).digest('base64');
  return { username, password };
}
`;

/** Python 3 standard library. */
const PYTHON = `import base64, hashlib, hmac, time

# coturn: use-auth-secret + static-auth-secret=<secret>
def turn_credentials(secret, user, ttl=3600, now=None):
    now = int(time.time()) if now is None else now
    username = f"{now + ttl}:{user}"
    digest = hmac.new(secret.encode(), username.encode(), hashlib.sha1).digest()
    return username, base64.b64encode(digest).decode()
`;

/** Go standard library. */
const GO = `package turncred

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"fmt"
	"time"
)

// TurnCredentials mints coturn REST credentials (use-auth-secret + static-auth-secret).
// Pass now = 0 for the current time.
func TurnCredentials(secret, user string, ttl, now int64) (string, string) {
	if now == 0 {
		now = time.Now().Unix()
	}
	username := fmt.Sprintf("%d:%s", now+ttl, user)
	mac := hmac.New(sha1.New, []byte(secret))
	mac.Write([]byte(username))
	return username, base64.StdEncoding.EncodeToString(mac.Sum(nil))
}
`;

/**
 * The snippet for one language.
 *
 * @param language - `node`, `python` or `go`.
 * @returns Source code, ready to copy.
 */
export function restSnippet(language: SnippetLanguage): string {
  switch (language) {
    case 'node':
      return NODE;
    case 'python':
      return PYTHON;
    case 'go':
      return GO;
  }
}
