/**
 * Public API of the NAT simulator. Widgets import from here.
 *
 * Flow: `natTypes` (what a NAT does) → `Simulation` (packets, NATs, clock,
 * events) → `servers` and `iceAgent` (STUN, TURN, ICE on top) →
 * `scenarios` and `outcome` (named stories and computed results) →
 * `messages` (captions) and `scenarioState` (URL hashes).
 */
export { formatAddress, sameAddress, transportAddress, type TransportAddress } from './address.ts';
export {
  candidatePriority,
  defaultIceTiming,
  IceAgent,
  pairPriority,
  typePreferences,
  type Candidate,
  type CandidatePair,
  type CandidateType,
  type IceAgentOptions,
  type IceAgentState,
  type IceRole,
  type IceTransportPolicy,
  type IceTiming,
  type PairState,
  type ValidPair,
} from './iceAgent.ts';
export { natText } from './messages.ts';
export { NatTable, type InboundLookup, type NatMapping } from './natTable.ts';
export {
  classicNatTypeIds,
  isNatTypeId,
  natTypeIds,
  natTypes,
  natTypeShortCodes,
  presetNatTypeIds,
  resolveNatType,
  rfc4787NatTypeIds,
  validateNatBehaviour,
  withConntrackFiltering,
  type FilteringBehaviour,
  type FilteringScope,
  type MappingBehaviour,
  type NatBehaviour,
  type NatBehaviourError,
  type NatSpec,
  type NatType,
  type NatTypeId,
  type PortAssignment,
} from './natTypes.ts';
export {
  closedNetworkSpec,
  computeClosedNetworkOutcome,
  computeMatrix,
  computeOutcome,
  type ClosedNetworkOptions,
  type IceConfig,
  outcomeReasons,
  runIceSession,
  type IceSession,
  type NatMatrix,
  type Outcome,
  type OutcomeOptions,
  type OutcomeReason,
  type OutcomeVia,
  type PairView,
} from './outcome.ts';
export { packetKinds, type Packet, type PacketKind, type PacketPayload } from './packet.ts';
export {
  buildPeerNetwork,
  closedNetworkAddresses,
  closedNetworkNat,
  peerNetworkAddresses,
  type ClosedNetworkSpec,
  type PeerNetwork,
  type PeerNetworkSpec,
  type PeerSide,
  type ServerSegment,
} from './peerNetwork.ts';
export { createPrng, deriveSeed, type Prng } from './prng.ts';
export {
  decodeScenarioState,
  encodeScenarioState,
  maxScenarioStateLength,
  type ScenarioState,
  type ScenarioStateError,
  type ScenarioStateErrorCode,
} from './scenarioState.ts';
export {
  runScenario,
  scenarioDefaults,
  scenarioIds,
  scenarios,
  scenarioShortCodes,
  type Scenario,
  type ScenarioId,
  type ScenarioInput,
  type ScenarioRun,
} from './scenarios.ts';
export { StunServer, stunPort, TurnServer, turnPermissionLifetimeMs, type TurnAllocation } from './servers.ts';
export {
  dropReasons,
  mappingTimeLeftMs,
  simEventCodes,
  type DropReason,
  type EventParams,
  type MappingRow,
  type NatTableSnapshot,
  type PacketView,
  type SimEvent,
  type SimEventCode,
  type SimEventType,
} from './simEvent.ts';
export { Host, NatBox, Realm, Router, Simulation, type NatBoxOptions, type RouterInterface, type SimNode, type SimulationOptions } from './simulation.ts';
