/**
 * The internet lab: a public bridge and a STUN/TURN server that stay up for
 * the whole run, and per-attempt LANs whose routers run the NAT modes under
 * test. Every attempt gets fresh router and host namespaces, so conntrack
 * and cone maps never carry over from one attempt to the next.
 */
import { internetAddresses, internetRoles, planInternetLab, type InternetLabOptions, type LabPlan } from './addressPlan.ts';
import type { IceServerAddresses } from './browser.ts';
import { startCoturn, turnCredential } from './coturn.ts';
import { GuardTally, readFlows } from './counters.ts';
import { buildStage, resetFlowCounters, teardownAttempt } from './topology.ts';
import type { LabSession } from './session.ts';

/** The STUN/TURN server's addresses, for telling relayed flows from direct ones. */
export const internetServerAddresses = [internetAddresses.stunPrimary, internetAddresses.stunAlternate] as const;

/** Options of one attempt. */
export interface AttemptOptions extends InternetLabOptions {
  /** Routers with translation rules only (no firewall). */
  readonly bareRouters?: boolean;
}

/** A running internet lab. */
export class InternetLab {
  readonly session: LabSession;
  readonly guard: GuardTally;
  readonly servers: IceServerAddresses = {
    stun: `stun:${internetAddresses.stunPrimary}:${internetAddresses.stunPort}`,
    turn: `turn:${internetAddresses.stunPrimary}:${internetAddresses.stunPort}?transport=udp`,
    username: turnCredential.username,
    credential: turnCredential.credential,
  };
  readonly #basePlan: LabPlan;

  private constructor(session: LabSession, basePlan: LabPlan, guard: GuardTally) {
    this.session = session;
    this.#basePlan = basePlan;
    this.guard = guard;
  }

  /**
   * Builds the public bridge and the server namespace and starts coturn on
   * both public addresses with an alternate port.
   *
   * @param session - the run
   * @param options - `upstream: false` leaves the server without a route for
   *   private addresses; `guard` continues an existing tally
   * @returns the lab
   */
  static async start(session: LabSession, options: { upstream?: boolean; guard?: GuardTally } = {}): Promise<InternetLab> {
    const plan = planInternetLab({ modes: { a: 'no-nat', b: 'no-nat' }, upstream: options.upstream ?? true });
    await buildStage(session, plan, 'base');
    await startCoturn(session, {
      role: internetRoles.server,
      addresses: [internetAddresses.stunPrimary, internetAddresses.stunAlternate],
      port: internetAddresses.stunPort,
      alternatePort: internetAddresses.stunAlternatePort,
    });
    session.log(`lab ${session.prefix}: public bridge and coturn (${internetServerAddresses.join(', ')}) are up`);
    return new InternetLab(session, plan, options.guard ?? new GuardTally());
  }

  /** Removes the bridge and the server (and coturn with it), counting guard drops first. */
  async stop(): Promise<void> {
    await this.guard.collect(this.session, this.#basePlan).catch(() => 0);
    for (const node of [...this.#basePlan.nodes].reverse().filter((n) => n.stage === 'base')) await this.session.dropNamespace(node.role);
  }

  /**
   * Builds the LANs for one attempt, runs `body`, and tears the LANs down
   * again whatever happens, counting guard drops on the way.
   *
   * @param options - router modes, optional carrier router, bare routers
   * @param body - the experiment
   * @returns what `body` returned
   */
  async withAttempt<T>(options: AttemptOptions, body: (plan: LabPlan) => Promise<T>): Promise<T> {
    const planOptions: InternetLabOptions = options.carrier ? { modes: options.modes, carrier: options.carrier } : { modes: options.modes };
    const plan = planInternetLab(planOptions);
    try {
      await buildStage(this.session, plan, 'attempt', { bareRouters: options.bareRouters ?? false });
      await resetFlowCounters(this.session, plan);
      return await body(plan);
    } finally {
      await this.guard.collect(this.session, plan).catch(() => 0);
      await teardownAttempt(this.session, plan);
    }
  }

  /**
   * Reads the flows on the public bridge of the current attempt.
   *
   * @param plan - the attempt's plan
   * @returns labelled flows
   */
  flows(plan: LabPlan): ReturnType<typeof readFlows> {
    return readFlows(this.session, plan, internetServerAddresses);
  }
}
