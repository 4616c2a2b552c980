import { startCoturn } from '../../scripts/support/coturn.ts';

/**
 * Starts two throw-away coturns for the whole run — `lt-cred-mech` with a
 * user (TURN_PORT, TURN_USERNAME, TURN_PASSWORD) and `use-auth-secret`
 * (TURN_REST_PORT, TURN_REST_SECRET; STUN also on 127.0.0.2) — whose
 * addresses and credentials reach the test workers through the environment.
 * Returns the teardown that stops them.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const coturn = await startCoturn();
  process.env.TURN_PORT = String(coturn.port);
  process.env.TURN_USERNAME = coturn.username;
  process.env.TURN_PASSWORD = coturn.password;
  process.env.TURN_REALM = coturn.realm;
  process.env.CLOSED_UDP_PORT = String(coturn.closedPort);
  // A second coturn with TURN REST credentials (use-auth-secret), also
  // answering STUN on 127.0.0.2 for the NAT mapping hint's second server.
  const rest = await startCoturn({ auth: 'rest', listeningIps: ['127.0.0.1', '127.0.0.2'] });
  process.env.TURN_REST_PORT = String(rest.port);
  process.env.TURN_REST_SECRET = rest.secret ?? '';
  process.env.TURN_REST_REALM = rest.realm;
  return async () => {
    await Promise.all([coturn.stop(), rest.stop()]);
  };
}
