/**
 * Reader-facing text of the NAT simulator, in English and Japanese: event
 * captions (one per event code), vocabulary terms, NAT type and scenario
 * names, outcome explanations and error messages.
 *
 * Placeholders: `{name}` inserts a param; `{name|term}` inserts the term
 * `term.<value>` of the same language (for vocabulary such as packet kinds,
 * candidate types, NAT behaviours and drop reasons).
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  // ——— packets sent ———
  'stun-request-sent':
    '{node} sends a STUN Binding request from {from} to the STUN server at {to}, to ask which address the server sees.',
  'stun-response-sent':
    'The STUN server saw the request arrive from {mapped}, and sends that address back to {to} in its Binding response.',
  'turn-allocate-sent':
    '{node} asks the TURN server at {to} for an allocation: a relayed address on the server that peers can send to.',
  'turn-allocate-success-sent':
    'The TURN server grants the allocation: relayed address {relayed}, tied to the client address {mapped} it sees.',
  'turn-permission-sent':
    '{node} sends a CreatePermission request so that the TURN server will relay packets from {peers}.',
  'turn-permission-success-sent': 'The TURN server confirms the new permissions to {to}.',
  'turn-send-indication-sent':
    '{node} wraps a {inner|term} for {peer} in a Send indication and hands it to the TURN server at {to}.',
  'turn-data-indication-sent':
    'The TURN server wraps the {inner|term} from {peer} in a Data indication and forwards it to its client at {to}.',
  'turn-relay-sent':
    'The TURN server unwraps the Send indication and sends the {inner|term} from its relayed address {from} to {to}.',
  'check-sent':
    '{node} sends a connectivity check from {from} to {to} ({localType|term} → {remoteType|term}) to test whether this pair works.',
  'check-nomination-sent':
    '{node}, the controlling agent, repeats the check from {from} to {to} with USE-CANDIDATE to nominate this pair.',
  'check-response-sent':
    '{node} answers the check from {to}; the response tells the sender that its packet arrived from {mapped}.',
  'data-sent': '{node} sends application data from {from} to {to}.',
  // ——— translations ———
  'nat-outbound-translated':
    '{nat} rewrites the source {oldFrom} to its outside address {newFrom} and forwards the packet to {to}.',
  'nat-inbound-translated':
    '{nat} finds the mapping for {oldTo}, sees that {from} may send to it, rewrites the destination to {newTo} and passes the packet inside.',
  'packet-routed':
    '{router} forwards the packet from {from} to {to} into {realm} as it is: it only routes and translates nothing.',
  'nat-hairpin-translated':
    '{nat} hairpins the packet: it is addressed to the NAT’s own outside address {oldTo}, so the NAT rewrites the source to {newFrom} and the destination to {newTo} and sends it back inside.',
  'packet-delivered': 'The {kind|term} from {from} reaches {node} at {to}.',
  // ——— drops ———
  'dropped-no-mapping':
    '{nat} drops the packet from {from}: nothing is mapped on {to}, so the NAT does not know which inside host it is for.',
  'dropped-filtered':
    '{nat} drops the packet from {from} to {to}. With {filtering|term}, a mapping only admits the remotes it has carried packets to, and this one ({inside} → {to}) has only sent to {allowed}.',
  'dropped-mapping-expired':
    '{nat} drops the packet from {from}: the mapping on {to} expired {expiredAgoS} s ago because nothing refreshed it, and a NAT forgets idle mappings.',
  'dropped-no-permission':
    'The TURN server drops the packet from {from} to {to}: its client has not installed a permission for {fromIp} (permitted: {permitted}).',
  'dropped-hairpin-off':
    '{nat} drops the packet from {from}: it is addressed to the NAT’s own outside address {to}, and this NAT does not hairpin.',
  'dropped-no-route':
    '{node} drops the packet for {to}: no network it can reach has that address (private addresses are not routed on the Internet).',
  'dropped-no-allocation':
    'The TURN server drops the packet from {from}: there is no allocation for this client address.',
  // ——— mappings ———
  'mapping-created':
    '{nat} creates the mapping {inside} → {outside}. With endpoint-independent mapping it will use this outside address for every destination.',
  'mapping-created-per-address':
    '{nat} creates the mapping {inside} → {outside} for destination address {destination}. With address-dependent mapping, packets to another address get another outside port.',
  'mapping-created-per-endpoint':
    '{nat} creates the mapping {inside} → {outside} for {destination} only. With address-and-port-dependent mapping, every new destination address or port gets another outside port.',
  'mapping-refreshed':
    '{nat} refreshes the mapping {inside} → {outside}: an outgoing packet restarts its {timeoutS} s timer.',
  'mapping-refreshed-inbound':
    '{nat} refreshes the mapping {inside} → {outside}: this NAT lets incoming packets restart its {timeoutS} s timer too.',
  'mapping-expired':
    '{nat} removes the mapping {inside} → {outside}: nothing refreshed it for {timeoutS} s.',
  // ——— TURN state ———
  'turn-allocation-created': 'The TURN server creates an allocation: relayed address {relayed} for client {client}.',
  'turn-permission-installed':
    'The TURN server installs a permission on {relayed} for {peerIp}: for {lifetimeS} s, packets from that IP address, from any port, will be relayed.',
  // ——— ICE ———
  'candidate-gathered': '{agent} gathers a {type|term}: {address} (base {base}).',
  'candidate-redundant':
    '{agent} does not keep the server-reflexive address {address}: it equals the host address, so there is no NAT in between and the candidate would be redundant.',
  'mdns-unresolved':
    '{agent} cannot use the peer’s host candidate {name}: it is an mDNS name (.local), and mDNS queries do not cross the router between the segments. The candidate is dropped.',
  'server-response-wrong-source':
    '{agent} ignores a response from {from}: it asked {server}, and a response from any other address does not count. The reply came back by another path and was translated on the way.',
  'candidates-signalled': '{from} sends its {count} candidates to {to} through the signalling channel: {list}.',
  'checklist-formed':
    '{agent} pairs its candidates with the peer’s and will check {count} pairs, highest priority first.',
  'remote-prflx-learned':
    '{agent} receives a check from {address}, an address the peer never signalled, and learns it as a peer-reflexive candidate: the peer’s NAT must have used a new mapping.',
  'local-prflx-learned':
    '{agent} learns from the response that its check reached the peer from {address}, an address it did not know: a new local peer-reflexive candidate.',
  'triggered-check-queued':
    '{agent} queues a triggered check from {local} to {remote}, to test at once the path the peer has just used, in the other direction.',
  'pair-succeeded':
    '{agent}’s check from {local} to {remote} succeeded: the request and its response both got through. Valid pair: {validLocal} ({validLocalType|term}) ↔ {remote} ({remoteType|term}).',
  'pair-failed-timeout': '{agent}’s check from {local} to {remote} failed: no response after {attempts} transmissions.',
  'pair-failed-asymmetric':
    '{agent}’s check to {remote} failed: the response came back from {responder}, not from {remote}, so the path is not symmetric (the peer’s NAT answered through another port).',
  'nomination-started':
    '{agent} stops checking and picks the highest-priority valid pair, {local} ↔ {remote}, for nomination.',
  'pair-nominated':
    '{agent} selects the pair {local} ({localType|term}) ↔ {remote} ({remoteType|term}); ICE is complete on this side.',
  'ice-failed': '{agent} gives up: no candidate pair got a check and its response through.',
  // ——— notes of the simple scenarios ———
  'address-learned': '{node} now knows its address as seen from the Internet: {address}.',
  'addresses-signalled': '{from} tells {to} through the signalling channel to send to {address}.',
  'peer-address-differs':
    '{node} sees the packet arrive from {seen}, not from {expected} as STUN reported: the peer’s NAT made a new mapping for this destination.',

  // ——— terms ———
  'term.stun-binding-request': 'STUN Binding request',
  'term.stun-binding-response': 'STUN Binding response',
  'term.turn-allocate-request': 'TURN Allocate request',
  'term.turn-allocate-response': 'TURN Allocate response',
  'term.turn-create-permission-request': 'TURN CreatePermission request',
  'term.turn-create-permission-response': 'TURN CreatePermission response',
  'term.turn-send-indication': 'TURN Send indication',
  'term.turn-data-indication': 'TURN Data indication',
  'term.check': 'connectivity check',
  'term.check-response': 'connectivity-check response',
  'term.data': 'data packet',
  'term.host': 'host candidate',
  'term.srflx': 'server-reflexive candidate',
  'term.prflx': 'peer-reflexive candidate',
  'term.relay': 'relayed candidate',
  'term.EIM': 'endpoint-independent mapping',
  'term.ADM': 'address-dependent mapping',
  'term.APDM': 'address-and-port-dependent mapping',
  'term.EIF': 'endpoint-independent filtering',
  'term.ADF': 'address-dependent filtering (any port of an address it has sent to)',
  'term.APDF': 'address-and-port-dependent filtering',
  'term.no-mapping': 'no mapping',
  'term.filtered': 'filtered',
  'term.mapping-expired': 'mapping expired',
  'term.no-permission': 'no TURN permission',
  'term.hairpin-off': 'no hairpinning',
  'term.no-route': 'no route',
  'term.no-allocation': 'no TURN allocation',

  // ——— NAT types ———
  'nat.full-cone.name': 'Full cone',
  'nat.full-cone.description':
    'One mapping per inside address and port, and anyone on the Internet may send to it (EIM + EIF).',
  'nat.restricted-cone.name': 'Restricted cone',
  'nat.restricted-cone.description':
    'One mapping for every destination; only addresses the host has sent to may answer, from any port (EIM + ADF).',
  'nat.port-restricted-cone.name': 'Port-restricted cone',
  'nat.port-restricted-cone.description':
    'One mapping for every destination; only the exact address and port the host has sent to may answer (EIM + APDF).',
  'nat.symmetric.name': 'Symmetric',
  'nat.symmetric.description':
    'A new mapping, with a new outside port, for every destination address and port; only that destination may answer (APDM + APDF).',
  'nat.linux-masquerade.name': 'Linux masquerade',
  'nat.linux-masquerade.description':
    'iptables/nftables MASQUERADE: keeps the source port when it is free, picks another when it is taken, and lets in only replies from the exact address and port (EIM + APDF).',
  'nat.none.name': 'No NAT',
  'nat.none.description': 'The host has a public address; nothing translates or filters its packets.',
  'nat.eim-eif.name': 'EIM + EIF',
  'nat.eim-eif.description': 'Endpoint-independent mapping and endpoint-independent filtering.',
  'nat.eim-adf.name': 'EIM + ADF',
  'nat.eim-adf.description': 'Endpoint-independent mapping and address-dependent filtering.',
  'nat.eim-apdf.name': 'EIM + APDF',
  'nat.eim-apdf.description': 'Endpoint-independent mapping and address-and-port-dependent filtering.',
  'nat.adm-eif.name': 'ADM + EIF',
  'nat.adm-eif.description': 'Address-dependent mapping and endpoint-independent filtering.',
  'nat.adm-adf.name': 'ADM + ADF',
  'nat.adm-adf.description': 'Address-dependent mapping and address-dependent filtering.',
  'nat.adm-apdf.name': 'ADM + APDF',
  'nat.adm-apdf.description': 'Address-dependent mapping and address-and-port-dependent filtering.',
  'nat.apdm-eif.name': 'APDM + EIF',
  'nat.apdm-eif.description': 'Address-and-port-dependent mapping and endpoint-independent filtering.',
  'nat.apdm-adf.name': 'APDM + ADF',
  'nat.apdm-adf.description': 'Address-and-port-dependent mapping and address-dependent filtering.',
  'nat.apdm-apdf.name': 'APDM + APDF',
  'nat.apdm-apdf.description': 'Address-and-port-dependent mapping and address-and-port-dependent filtering.',

  // ——— scenarios ———
  'scenario.learn-address.name': 'Learn your public address',
  'scenario.learn-address.description':
    'Each peer asks a STUN server which address its packets come from; the NAT’s translation is the answer.',
  'scenario.hole-punch.name': 'Hole punching',
  'scenario.hole-punch.description':
    'Both peers learn their addresses, exchange them and send to each other at the same moment, so each NAT opens a path for the other.',
  'scenario.one-side-first.name': 'One side sends first',
  'scenario.one-side-first.description':
    'A sends first and B’s NAT may drop it; B’s packet then passes A’s NAT, and A’s reply gets through.',
  'scenario.symmetric-vs-stun.name': 'Symmetric NAT vs STUN',
  'scenario.symmetric-vs-stun.description':
    'Behind a symmetric NAT, the port STUN reports is not the port used toward the peer.',
  'scenario.turn-fallback.name': 'TURN fallback',
  'scenario.turn-fallback.description':
    'Direct packets fail, so A relays through a TURN server; permissions decide who may send to the relayed address.',
  'scenario.mapping-timeout.name': 'Mapping timeout',
  'scenario.mapping-timeout.description':
    'A stays silent longer than the NAT’s mapping timeout; the mapping is removed and a late packet from B is dropped.',
  'scenario.closed-network.name': 'Closed network: NAT between segments',
  'scenario.closed-network.description':
    'The case study’s network: A’s segment reaches B’s through R2, which masquerades, while B reaches A through R1, which only routes. Try it with mDNS hiding on (default Chrome) and off, with no server, STUN or TURN in B’s segment.',
  'scenario.ice.name': 'A full ICE run',
  'scenario.ice.description':
    'Both agents gather candidates, exchange them, check every pair and nominate the best pair that works.',

  // ——— outcomes ———
  'outcome.direct-host': 'Connected directly with host addresses: no NAT sits between the peers.',
  'outcome.direct-reflexive':
    'Connected directly with addresses known in advance (host or STUN): each NAT used the same mapping toward the peer as toward the STUN server, and the checks from both sides opened the filters.',
  'outcome.direct-peer-reflexive':
    'Connected directly through a peer-reflexive candidate: {other}’s NAT used a new port toward {learner}, so {learner} learned that address from {other}’s check rather than from STUN.',
  'outcome.direct-peer-reflexive-both':
    'Connected directly through peer-reflexive candidates on both sides: each NAT used a new port toward the other peer, and each peer learned the other’s port from an incoming check.',
  'outcome.relayed': 'No direct pair worked, so the peers talk through the TURN server’s relayed address {relay}.',
  'outcome.failed-filtered':
    'No connection: each side’s checks were stopped by the other side’s NAT (most drops: {drop|term}, {count} packets). Only a TURN relay can connect these two.',
  'outcome.failed-asymmetric':
    'No connection: some checks got through, but every answer came back from a different port than the check was sent to, because a NAT picks a new port for each new destination. Only a TURN relay can connect these two.',
  'outcome.failed-despite-turn':
    'No connection, not even through the TURN relay (most drops: {drop|term}, {count} packets).',
  'outcome.failed-no-pairs':
    'No connection: neither side had a candidate pair to check, and no check arrived from the peer. No server-reflexive or relayed candidate could be used on either side.',
  'outcome.failed-mdns-unresolved':
    'No connection: neither side had a candidate pair to check. The peer’s host candidates were mDNS names (.local) that cannot be resolved across the router ({unresolved} dropped), and no usable server-reflexive or relayed candidate was gathered.',

  // ——— errors ———
  'error.scenario-state-empty': 'The scenario string is empty; pass a value such as “ice.prc.sym.0”.',
  'error.scenario-state-too-long':
    'The scenario string is longer than {max} characters, so it was not made by this site; start from a fresh link.',
  'error.scenario-state-malformed':
    'The scenario string needs at least four dot-separated parts, scenario.natA.natB.step, but has {parts}.',
  'error.unknown-scenario': '“{token}” is not a known scenario; use one of la, hp, of, ss, tf, mt, ice or cn.',
  'error.unknown-nat-type':
    '“{token}” (side {side}) is not a known NAT type; use a code such as fc, rc, prc, sym, lx, no, or ee to pp.',
  'error.invalid-step': '“{token}” is not a valid step; use a whole number from 0.',
  'error.invalid-seed': '“{token}” is not a valid seed; write s followed by a whole number below 4294967296.',
  'error.unknown-flag': '“{token}” is not a known option; only t (TURN on), r (relay only), n (no STUN), m (mDNS names) and s<number> (seed) may follow the step.',
  'error.repeated-flag': 'The option “{token}” appears twice; keep only one.',
  'error.invalid-scenario-state': 'The field {field} cannot be encoded; it must hold a known id or a whole number from 0.',
  'error.invalid-nat-behaviour': 'The NAT behaviour field {field} is invalid; see the NatBehaviour documentation for allowed values.',
} as const;

const ja: Translation<typeof en> = {
  // ——— packets sent ———
  'stun-request-sent':
    '{node} が {from} から STUN サーバー {to} へ Binding リクエストを送ります。サーバーから自分のアドレスがどう見えるかを尋ねるためです。',
  'stun-response-sent':
    'STUN サーバーにはリクエストが {mapped} から届いたように見えます。そのアドレスを Binding レスポンスに入れて {to} へ返します。',
  'turn-allocate-sent':
    '{node} が TURN サーバー {to} にアロケーションを要求します。ピアが送信先にできる、サーバー上のリレートランスポートアドレスを借りるためです。',
  'turn-allocate-success-sent':
    'TURN サーバーがアロケーションを認めます。リレートランスポートアドレスは {relayed} で、サーバーから見えるクライアントのアドレス {mapped} に結び付けられます。',
  'turn-permission-sent':
    '{node} が CreatePermission リクエストを送ります。{peers} からのパケットを TURN サーバーに中継してもらうためです。',
  'turn-permission-success-sent': 'TURN サーバーが {to} にパーミッションの設定完了を返します。',
  'turn-send-indication-sent':
    '{node} は {peer} 宛ての{inner|term}を Send インディケーションに包み、TURN サーバー {to} に渡します。',
  'turn-data-indication-sent':
    'TURN サーバーは {peer} から届いた{inner|term}を Data インディケーションに包み、クライアント {to} へ転送します。',
  'turn-relay-sent':
    'TURN サーバーは Send インディケーションを開き、リレートランスポートアドレス {from} から {to} へ{inner|term}を送ります。',
  'check-sent':
    '{node} が {from} から {to} へ接続性チェックを送ります（{localType|term} → {remoteType|term}）。このペアで通信できるかを確かめるためです。',
  'check-nomination-sent':
    '制御側の {node} が、{from} から {to} へのチェックを USE-CANDIDATE 付きでもう一度送り、このペアを指名します。',
  'check-response-sent':
    '{node} が {to} からのチェックに応答します。応答には、チェックが {mapped} から届いたことが書かれています。',
  'data-sent': '{node} が {from} から {to} へアプリケーションデータを送ります。',
  // ——— translations ———
  'nat-outbound-translated':
    '{nat} は送信元 {oldFrom} を外側のアドレス {newFrom} に書き換えて、{to} へ転送します。',
  'nat-inbound-translated':
    '{nat} は {oldTo} のマッピングを見つけ、{from} からの受信が許可されていることを確かめて、宛先を {newTo} に書き換えて内側へ通します。',
  'packet-routed':
    '{router} は {from} から {to} へのパケットをそのまま {realm} へ転送します。ルーティングするだけで、アドレスは変換しません。',
  'nat-hairpin-translated':
    '{nat} はパケットをヘアピン転送します。宛先が NAT 自身の外側アドレス {oldTo} なので、送信元を {newFrom}、宛先を {newTo} に書き換えて内側へ折り返します。',
  'packet-delivered': '{from} からの{kind|term}が {node}（{to}）に届きました。',
  // ——— drops ———
  'dropped-no-mapping':
    '{nat} は {from} からのパケットを破棄します。{to} にはマッピングがなく、内側のどのホスト宛てなのか分からないからです。',
  'dropped-filtered':
    '{nat} は {from} から {to} へのパケットを破棄します。{filtering|term}では、マッピングは自分を通して送信した相手からしか受け付けません。このマッピング（{inside} → {to}）の送信先は {allowed} だけです。',
  'dropped-mapping-expired':
    '{nat} は {from} からのパケットを破棄します。{to} のマッピングは更新されないまま {expiredAgoS} 秒前に期限切れになりました。NAT は使われていないマッピングを忘れてしまいます。',
  'dropped-no-permission':
    'TURN サーバーは {from} から {to} へのパケットを破棄します。クライアントが {fromIp} へのパーミッションを設定していないためです（許可済み: {permitted}）。',
  'dropped-hairpin-off':
    '{nat} は {from} からのパケットを破棄します。宛先は NAT 自身の外側アドレス {to} ですが、この NAT はヘアピン転送をしません。',
  'dropped-no-route':
    '{node} は {to} 宛てのパケットを破棄します。到達できるネットワークにそのアドレスがありません（プライベートアドレスはインターネットでは経路を持ちません）。',
  'dropped-no-allocation':
    'TURN サーバーは {from} からのパケットを破棄します。このクライアントアドレスに対応するアロケーションがありません。',
  // ——— mappings ———
  'mapping-created':
    '{nat} がマッピング {inside} → {outside} を作成します。エンドポイント非依存マッピングなので、この外側アドレスをどの宛先にも使います。',
  'mapping-created-per-address':
    '{nat} が宛先アドレス {destination} 用にマッピング {inside} → {outside} を作成します。アドレス依存マッピングなので、別のアドレスへ送ると別の外側ポートが割り当てられます。',
  'mapping-created-per-endpoint':
    '{nat} が {destination} 専用のマッピング {inside} → {outside} を作成します。アドレス・ポート依存マッピングなので、宛先のアドレスかポートが変わるたびに別の外側ポートが割り当てられます。',
  'mapping-refreshed':
    '{nat} がマッピング {inside} → {outside} を更新します。外向きのパケットが通ったので、{timeoutS} 秒のタイマーが最初から数え直されます。',
  'mapping-refreshed-inbound':
    '{nat} がマッピング {inside} → {outside} を更新します。この NAT では、内向きのパケットでも {timeoutS} 秒のタイマーが数え直されます。',
  'mapping-expired':
    '{nat} がマッピング {inside} → {outside} を削除します。{timeoutS} 秒間、更新されなかったためです。',
  // ——— TURN state ———
  'turn-allocation-created':
    'TURN サーバーがアロケーションを作成します。クライアント {client} 用のリレートランスポートアドレスは {relayed} です。',
  'turn-permission-installed':
    'TURN サーバーが {relayed} に {peerIp} のパーミッションを設定します。これから {lifetimeS} 秒間、この IP アドレスからのパケットはポートを問わず中継されます。',
  // ——— ICE ———
  'candidate-gathered': '{agent} が{type|term} {address} を収集しました（ベースは {base}）。',
  'candidate-redundant':
    '{agent} はサーバーリフレクシブアドレス {address} を候補にしません。ホストアドレスと同じなので間に NAT はなく、重複した候補になるからです。',
  'mdns-unresolved':
    '{agent} は相手のホスト候補 {name} を使えません。mDNS 名（.local）で、mDNS の問い合わせはセグメント間のルーターを越えないためです。この候補は捨てられます。',
  'server-response-wrong-source':
    '{agent} は {from} からの応答を無視します。問い合わせた先は {server} で、それ以外のアドレスからの応答は受け付けません。応答が別の経路で戻り、途中で変換されたためです。',
  'candidates-signalled': '{from} がシグナリング経由で {count} 個の候補を {to} に伝えます: {list}',
  'checklist-formed':
    '{agent} は自分の候補と相手の候補を組み合わせ、{count} 個のペアを優先度の高い順にチェックしていきます。',
  'remote-prflx-learned':
    '{agent} に、相手から知らされていないアドレス {address} からチェックが届きました。これをピアリフレクシブ候補として覚えます。相手の NAT が新しいマッピングを使ったということです。',
  'local-prflx-learned':
    '{agent} は応答から、自分のチェックが {address} から相手に届いたことを知ります。知らなかったアドレスなので、新しいローカルのピアリフレクシブ候補になります。',
  'triggered-check-queued':
    '{agent} は {local} から {remote} へのトリガーチェックを予約します。相手がいま使った経路を、逆向きにもすぐ確かめるためです。',
  'pair-succeeded':
    '{agent} の {local} から {remote} へのチェックが成功しました。リクエストも応答も届いたからです。有効なペアは {validLocal}（{validLocalType|term}）↔ {remote}（{remoteType|term}）です。',
  'pair-failed-timeout':
    '{agent} の {local} から {remote} へのチェックは失敗しました。{attempts} 回送っても応答がありませんでした。',
  'pair-failed-asymmetric':
    '{agent} の {remote} へのチェックは失敗しました。応答が {remote} ではなく {responder} から返ってきたため、経路が対称になっていません（相手の NAT が別のポートで応答しました）。',
  'nomination-started':
    '{agent} はチェックを打ち切り、有効なペアのうち最も優先度の高い {local} ↔ {remote} を指名することにします。',
  'pair-nominated':
    '{agent} はペア {local}（{localType|term}）↔ {remote}（{remoteType|term}）を選択しました。こちら側の ICE は完了です。',
  'ice-failed': '{agent} は接続をあきらめます。チェックとその応答の両方が届いたペアが一つもありませんでした。',
  // ——— notes of the simple scenarios ———
  'address-learned': '{node} は、インターネット側から見た自分のアドレスが {address} だと分かりました。',
  'addresses-signalled': '{from} はシグナリング経由で、{address} 宛てに送るよう {to} に伝えます。',
  'peer-address-differs':
    '{node} にはパケットが {seen} から届きました。STUN が知らせた {expected} ではありません。相手の NAT がこの宛先用に新しいマッピングを作ったためです。',

  // ——— terms ———
  'term.stun-binding-request': 'STUN Binding リクエスト',
  'term.stun-binding-response': 'STUN Binding レスポンス',
  'term.turn-allocate-request': 'TURN Allocate リクエスト',
  'term.turn-allocate-response': 'TURN Allocate レスポンス',
  'term.turn-create-permission-request': 'TURN CreatePermission リクエスト',
  'term.turn-create-permission-response': 'TURN CreatePermission レスポンス',
  'term.turn-send-indication': 'TURN Send インディケーション',
  'term.turn-data-indication': 'TURN Data インディケーション',
  'term.check': '接続性チェック',
  'term.check-response': '接続性チェックの応答',
  'term.data': 'データパケット',
  'term.host': 'ホスト候補',
  'term.srflx': 'サーバーリフレクシブ候補',
  'term.prflx': 'ピアリフレクシブ候補',
  'term.relay': 'リレー候補',
  'term.EIM': 'エンドポイント非依存マッピング',
  'term.ADM': 'アドレス依存マッピング',
  'term.APDM': 'アドレス・ポート依存マッピング',
  'term.EIF': 'エンドポイント非依存フィルタリング',
  'term.ADF': 'アドレス依存フィルタリング（送信したことのあるアドレスなら任意のポート）',
  'term.APDF': 'アドレス・ポート依存フィルタリング',
  'term.no-mapping': 'マッピングなし',
  'term.filtered': 'フィルタリング',
  'term.mapping-expired': 'マッピングの期限切れ',
  'term.no-permission': 'TURN パーミッションなし',
  'term.hairpin-off': 'ヘアピン転送なし',
  'term.no-route': '経路なし',
  'term.no-allocation': 'TURN アロケーションなし',

  // ——— NAT types ———
  'nat.full-cone.name': 'フルコーン',
  'nat.full-cone.description':
    '内側のアドレスとポートごとにマッピングは一つで、インターネット上の誰からでもそこへ送れます（EIM + EIF）。',
  'nat.restricted-cone.name': '制限コーン',
  'nat.restricted-cone.description':
    'どの宛先にも同じマッピングを使います。返信できるのは、ホストが送信したことのあるアドレスからだけです（ポートは問いません。EIM + ADF）。',
  'nat.port-restricted-cone.name': 'ポート制限コーン',
  'nat.port-restricted-cone.description':
    'どの宛先にも同じマッピングを使います。返信できるのは、ホストが送信したことのあるアドレスとポートの組からだけです（EIM + APDF）。',
  'nat.symmetric.name': '対称型',
  'nat.symmetric.description':
    '宛先のアドレスとポートが変わるたびに、新しい外側ポートで新しいマッピングを作ります。返信はその宛先からしか受け付けません（APDM + APDF）。',
  'nat.linux-masquerade.name': 'Linux マスカレード',
  'nat.linux-masquerade.description':
    'iptables/nftables の MASQUERADE です。送信元ポートが空いていればそのまま使い、使用中なら別のポートを選びます。返信は送信先のアドレスとポートの組からだけ受け付けます（EIM + APDF）。',
  'nat.none.name': 'NAT なし',
  'nat.none.description': 'ホストがグローバルアドレスを持ち、パケットの変換もフィルタリングも行われません。',
  'nat.eim-eif.name': 'EIM + EIF',
  'nat.eim-eif.description': 'エンドポイント非依存マッピングと、エンドポイント非依存フィルタリングです。',
  'nat.eim-adf.name': 'EIM + ADF',
  'nat.eim-adf.description': 'エンドポイント非依存マッピングと、アドレス依存フィルタリングです。',
  'nat.eim-apdf.name': 'EIM + APDF',
  'nat.eim-apdf.description': 'エンドポイント非依存マッピングと、アドレス・ポート依存フィルタリングです。',
  'nat.adm-eif.name': 'ADM + EIF',
  'nat.adm-eif.description': 'アドレス依存マッピングと、エンドポイント非依存フィルタリングです。',
  'nat.adm-adf.name': 'ADM + ADF',
  'nat.adm-adf.description': 'アドレス依存マッピングと、アドレス依存フィルタリングです。',
  'nat.adm-apdf.name': 'ADM + APDF',
  'nat.adm-apdf.description': 'アドレス依存マッピングと、アドレス・ポート依存フィルタリングです。',
  'nat.apdm-eif.name': 'APDM + EIF',
  'nat.apdm-eif.description': 'アドレス・ポート依存マッピングと、エンドポイント非依存フィルタリングです。',
  'nat.apdm-adf.name': 'APDM + ADF',
  'nat.apdm-adf.description': 'アドレス・ポート依存マッピングと、アドレス依存フィルタリングです。',
  'nat.apdm-apdf.name': 'APDM + APDF',
  'nat.apdm-apdf.description': 'アドレス・ポート依存マッピングと、アドレス・ポート依存フィルタリングです。',

  // ——— scenarios ———
  'scenario.learn-address.name': '自分のグローバルアドレスを知る',
  'scenario.learn-address.description':
    '各ピアが STUN サーバーに、自分のパケットがどのアドレスから届くかを尋ねます。NAT による変換の結果がその答えです。',
  'scenario.hole-punch.name': 'ホールパンチング',
  'scenario.hole-punch.description':
    '両ピアが自分のアドレスを調べて交換し、同時に相手へ送ります。これで各 NAT が相手のための通り道を開けます。',
  'scenario.one-side-first.name': '片方が先に送る',
  'scenario.one-side-first.description':
    'A が先に送ったパケットは B の NAT に破棄されることがあります。続いて B が送ったパケットは A の NAT を通り、A の返信も届きます。',
  'scenario.symmetric-vs-stun.name': '対称型 NAT と STUN',
  'scenario.symmetric-vs-stun.description':
    '対称型 NAT の内側では、STUN が教えてくれたポートと、相手に向けて実際に使われるポートが異なります。',
  'scenario.turn-fallback.name': 'TURN へのフォールバック',
  'scenario.turn-fallback.description':
    '直接のパケットが届かないので、A は TURN サーバーで中継します。リレートランスポートアドレスに誰が送れるかはパーミッションで決まります。',
  'scenario.mapping-timeout.name': 'マッピングのタイムアウト',
  'scenario.mapping-timeout.description':
    'A が NAT のマッピングのタイムアウトより長く沈黙すると、マッピングは削除され、その後に届いた B のパケットは破棄されます。',
  'scenario.closed-network.name': '閉域網: セグメント間の NAT',
  'scenario.closed-network.description':
    'ケーススタディのネットワークです。A のセグメントからは変換する R2 を通って B へ、B からはルーティングするだけの R1 を通って A へ届きます。mDNS による秘匿をオン（既定の Chrome）とオフで、サーバーなし、B のセグメントの STUN、TURN で試してください。',
  'scenario.ice.name': 'ICE の全過程',
  'scenario.ice.description':
    '両エージェントが候補を集めて交換し、すべてのペアをチェックして、つながるペアの中から最良のものを指名します。',

  // ——— outcomes ———
  'outcome.direct-host': 'ホストアドレスのまま直接つながりました。ピアの間に NAT はありません。',
  'outcome.direct-reflexive':
    '事前に分かっていたアドレス（ホストまたは STUN で調べたもの）で直接つながりました。各 NAT は STUN サーバー向けと同じマッピングを相手向けにも使い、双方からのチェックがフィルタを開けました。',
  'outcome.direct-peer-reflexive':
    'ピアリフレクシブ候補を通じて直接つながりました。{other} の NAT は {learner} 向けに新しいポートを使ったため、{learner} はそのアドレスを STUN ではなく {other} からのチェックで知りました。',
  'outcome.direct-peer-reflexive-both':
    '双方でピアリフレクシブ候補を使って直接つながりました。どちらの NAT も相手向けに新しいポートを使い、各ピアは届いたチェックから相手のポートを知りました。',
  'outcome.relayed': '直接つながるペアがなかったため、TURN サーバーのリレートランスポートアドレス {relay} を経由して通信します。',
  'outcome.failed-filtered':
    '接続できませんでした。双方のチェックが相手側の NAT で止められました（最も多かった破棄理由: {drop|term}、{count} パケット）。この組み合わせをつなげられるのは TURN による中継だけです。',
  'outcome.failed-asymmetric':
    '接続できませんでした。届いたチェックもありましたが、NAT が新しい宛先ごとに新しいポートを選ぶため、応答はいつもチェックの宛先とは別のポートから返ってきました。この組み合わせをつなげられるのは TURN による中継だけです。',
  'outcome.failed-despite-turn':
    'TURN による中継を使っても接続できませんでした（最も多かった破棄理由: {drop|term}、{count} パケット）。',
  'outcome.failed-no-pairs':
    '接続できませんでした。どちらの側にもチェックできる候補ペアがなく、相手からのチェックも届きませんでした。どちらの側でも、使えるサーバーリフレクシブ候補もリレー候補もありませんでした。',
  'outcome.failed-mdns-unresolved':
    '接続できませんでした。どちらの側にもチェックできる候補ペアがありません。相手のホスト候補はルーターを越えて解決できない mDNS 名（.local）で（{unresolved} 個を破棄）、使えるサーバーリフレクシブ候補もリレー候補も収集できませんでした。',

  // ——— errors ———
  'error.scenario-state-empty': 'シナリオ文字列が空です。「ice.prc.sym.0」のような値を指定してください。',
  'error.scenario-state-too-long':
    'シナリオ文字列が {max} 文字を超えているため、このサイトが作った値ではありません。新しいリンクから開き直してください。',
  'error.scenario-state-malformed':
    'シナリオ文字列は「シナリオ.NAT A.NAT B.ステップ」のように、ドットで区切った 4 つ以上の部分が必要ですが、{parts} 個しかありません。',
  'error.unknown-scenario': '「{token}」というシナリオはありません。la、hp、of、ss、tf、mt、ice、cn のいずれかを使ってください。',
  'error.unknown-nat-type':
    '「{token}」（{side} 側）という NAT タイプはありません。fc、rc、prc、sym、lx、no、ee〜pp などのコードを使ってください。',
  'error.invalid-step': '「{token}」はステップ番号として使えません。0 以上の整数を指定してください。',
  'error.invalid-seed': '「{token}」はシードとして使えません。s の後に 4294967296 未満の整数を続けてください。',
  'error.unknown-flag':
    '「{token}」というオプションはありません。ステップの後に書けるのは t（TURN を使う）、r（リレー候補のみ）、n（STUN なし）、m（mDNS 名）、s<数値>（シード）だけです。',
  'error.repeated-flag': 'オプション「{token}」が 2 回出てきます。1 回だけにしてください。',
  'error.invalid-scenario-state': 'フィールド {field} をエンコードできません。既知の ID か 0 以上の整数を指定してください。',
  'error.invalid-nat-behaviour': 'NAT の動作設定のフィールド {field} が不正です。使える値は NatBehaviour の説明を確認してください。',
};

/**
 * The NAT simulator's text; read it with `translator(lang, natText)`. Its
 * `{name|term}` placeholders insert the term `term.<value>` in the same
 * language, and Japanese text gets the half-width spacing after filling (a
 * term or param may start or end with Latin text). An unknown key comes back
 * as itself, so nothing ever throws.
 *
 * @example translator('en', natText)('packet-delivered', { kind: 'check', from: '198.51.100.20:40001', node: 'A', to: '192.168.1.10:50000' })
 * // 'The connectivity check from 198.51.100.20:40001 reaches A at 192.168.1.10:50000.'
 */
export const natText = defineDictionary({ en, ja }, { spaceJapanese: true });
