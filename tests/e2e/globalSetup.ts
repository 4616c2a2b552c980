import { startCoturn } from '../support/coturn.ts';

/**
 * Starts a throw-away coturn on 127.0.0.1 for the whole run; its address and
 * credentials reach the test workers through the environment. Returns the
 * teardown that stops it.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const coturn = await startCoturn();
  process.env.TURN_PORT = String(coturn.port);
  process.env.TURN_USERNAME = coturn.username;
  process.env.TURN_PASSWORD = coturn.password;
  process.env.TURN_REALM = coturn.realm;
  process.env.CLOSED_UDP_PORT = String(coturn.closedPort);
  return () => coturn.stop();
}
