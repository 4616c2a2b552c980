// Widgets under test: LoopbackLab (src/components/loopback/LoopbackLab.svelte) and its parts SequenceDiagram, StateTimeline, PairTable, ChatPanel, with IceServerEditor and CandidateDetails.
/**
 * The two-tab loopback lab on the two-tabs article: two (or three) pages of
 * one browser context join a room through the URL fragment, connect over
 * WebRTC with BroadcastChannel signaling, and show what happened. Relay
 * tests use the coturn that globalSetup starts on 127.0.0.1 (TURN_PORT,
 * TURN_USERNAME, TURN_PASSWORD).
 *
 * Behaviour recorded first in this Chromium (Debian 156): with
 * --allow-loopback-in-peer-connection both tabs gather host candidates on
 * the machine's interfaces (not 127.0.0.1), so the selected pair is
 * host–host; coturn relays from 127.0.0.1, so a relay pair needs the other
 * side's candidate on 127.0.0.1 too (relay–relay, or relay–srflx).
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { LabTab } from './pages/LabTab.ts';
import { translator } from '../../src/i18n/dictionary.ts';
import { loopbackUiText } from '../../src/components/loopback/strings.ts';
import { loopbackText } from '../../src/lib/loopback/messages.ts';
import { startCoturn, type Coturn } from '../../scripts/support/coturn.ts';
import { hydrate } from './hydrate.ts';

/** The lab's text in each language, as the page shows it. */
const t = { en: translator('en', loopbackUiText, loopbackText), ja: translator('ja', loopbackUiText, loopbackText) };

/** A room id no other test uses. */
function newRoom(): string {
  return `e2e${Math.random().toString(36).slice(2, 12).replace(/[^a-z0-9]/g, '')}`;
}


for (const lang of ['en', 'ja'] as const) {
  test.describe(`in ${lang}`, () => {
    test('two tabs connect, and a chat message goes both ways', async ({ context }) => {
      const room = newRoom();
      const a = await LabTab.open(context, lang, room);
      await expect(a.status).toHaveText(t[lang]('status.waiting', { room }));
      const b = await LabTab.open(context, lang, room);
      await a.expectConnected();
      await b.expectConnected();

      await a.say('hello from A');
      await expect(b.chatLines().filter({ hasText: 'hello from A' })).toHaveCount(1);
      await expect(b.chatLines().filter({ hasText: 'hello from A' })).toContainText(t[lang]('chat.peer'));
      await b.say('こんにちは B より');
      await expect(a.chatLines().filter({ hasText: 'こんにちは B より' })).toHaveCount(1);

      await b.root.getByRole('button', { name: t[lang]('chat.ping'), exact: true }).click();
      await expect(b.root.locator('.lb-rtt')).toContainText('ms');
      await expect(b.root.locator('.lb-rtt')).not.toHaveText(t[lang]('chat.rtt.none'));

      // Each side shows its role, and the two roles differ.
      const roles = [await a.root.locator('[data-role]').getAttribute('data-role'), await b.root.locator('[data-role]').getAttribute('data-role')];
      expect(roles.sort()).toEqual(['impolite', 'polite']);
    });

    test('the sequence diagram lists hello, offer, answer, candidates and end-of-candidates, and opens a candidate in the inspector', async ({ context }) => {
      const room = newRoom();
      const a = await LabTab.open(context, lang, room);
      await LabTab.open(context, lang, room);
      await a.expectConnected();
      const seq = a.root.locator('.lb-seq');
      for (const type of ['hello', 'offer', 'answer', 'candidate', 'end-of-candidates']) {
        await expect(seq.locator(`li[data-type="${type}"]`).first()).toBeVisible();
      }
      await expect(seq.locator('li[data-type="offer"]')).not.toHaveCount(0);
      await expect(seq.locator('li[data-note="paired"]')).toHaveCount(1);

      const candidate = seq.locator('li[data-type="candidate"][data-direction="received"]').first();
      await candidate.locator('summary').click();
      await expect(candidate.locator('.candidate-details')).toBeVisible();
      await expect(candidate.locator('.candidate-details')).toContainText('host');

      const offer = seq.locator('li[data-type="offer"]').first();
      await offer.locator('summary').click();
      await expect(offer.locator('pre.lb-sdp')).toContainText('a=ice-ufrag:');
    });

    test('the pair table shows a succeeded, nominated, selected pair and says why', async ({ context }) => {
      const room = newRoom();
      const a = await LabTab.open(context, lang, room);
      await LabTab.open(context, lang, room);
      await a.expectConnected();
      const selected = a.selectedPair();
      await expect(selected).toHaveCount(1, { timeout: 5000 });
      await expect(selected).toHaveAttribute('data-state', 'succeeded');
      await expect(selected).toHaveAttribute('data-nominated', 'true');
      await expect(selected).toHaveAttribute('data-local-type', 'host');
      await expect(selected).toHaveAttribute('data-remote-type', 'host');
      await expect(a.root.locator('.lb-why li[data-reason="path-host"]')).toBeVisible();
      await expect(a.root.locator('.lb-why li[data-reason^="checks-succeeded"]')).toBeVisible();
      // The timeline reached the connected states.
      for (const [machine, state] of [['ice', 'connected'], ['dtls', 'connected'], ['channel', 'open']] as const) {
        await expect(a.root.locator(`.lb-timeline tr[data-machine="${machine}"][data-state="${state}"]`)).toHaveCount(1);
      }
    });

    test('closing one tab is reported on the other within a few seconds', async ({ context }) => {
      const room = newRoom();
      const a = await LabTab.open(context, lang, room);
      const b = await LabTab.open(context, lang, room);
      await a.expectConnected();
      const closedAt = Date.now();
      await b.page.close();
      await expect(a.status).toHaveText(t[lang]('left.bye'), { timeout: 5000 });
      expect(Date.now() - closedAt).toBeLessThan(5000);
      await expect(a.root.locator('[data-notice="peer-left"]')).toHaveText(t[lang]('left.wait'));
    });

    test('a reloaded tab rejoins and the two connect again', async ({ context }) => {
      const room = newRoom();
      const a = await LabTab.open(context, lang, room);
      const b = await LabTab.open(context, lang, room);
      await a.expectConnected();
      await b.page.reload();
      await b.expectConnected();
      await a.expectConnected();
      await b.say('after reload');
      await expect(a.chatLines().filter({ hasText: 'after reload' })).toHaveCount(1);
      await expect(a.root.locator('.lb-seq li[data-note="paired"]')).toHaveCount(2);
    });

    test('a third tab finds the room full and can start a new room', async ({ context }) => {
      const room = newRoom();
      const a = await LabTab.open(context, lang, room);
      const b = await LabTab.open(context, lang, room);
      await a.expectConnected();
      const c = await LabTab.open(context, lang, room);
      await expect(c.status).toHaveText(t[lang]('status.full'));
      await expect(c.root.locator('[data-notice="full"]')).toContainText(t[lang]('full.body'));
      // The pair is untouched.
      await a.expectConnected();
      await b.expectConnected();

      await c.root.locator('[data-notice="full"]').getByRole('button', { name: t[lang]('newRoom') }).click();
      await expect(c.status).toHaveText(new RegExp(t[lang]('status.waiting', { room: '[a-z0-9]+' }).replace(/[…]/g, '.')));
      expect(c.page.url()).not.toContain(room);
    });

    test('the “Open the second tab” button opens a tab that connects', async ({ context }) => {
      const a = await LabTab.open(context, lang, null);
      await expect(a.status).toHaveText(t[lang]('status.idle'));
      const [popup] = await Promise.all([
        context.waitForEvent('page'),
        a.root.getByRole('button', { name: t[lang]('open') }).click(),
      ]);
      const b = new LabTab(popup, lang);
      await hydrate(b.root);
      await a.expectConnected();
      await b.expectConnected();
      expect(a.page.url()).toMatch(/#two-tabs\?room=[a-z0-9]{10}$/);
      expect(popup.url()).toBe(a.page.url());
    });

    test('axe finds no violations in the connected lab', async ({ context }) => {
      const room = newRoom();
      const a = await LabTab.open(context, lang, room);
      await LabTab.open(context, lang, room);
      await a.expectConnected();
      await expect(a.selectedPair()).toHaveCount(1, { timeout: 5000 });
      await a.root.locator('.lb-seq li[data-type="candidate"] summary').first().click();
      await a.say('axe');
      for (const scheme of ['light', 'dark'] as const) {
        await a.page.emulateMedia({ colorScheme: scheme });
        // Light: every WCAG 2.1 A/AA rule; dark restyles the same DOM, so only the colour rules can differ.
        const builder = new AxeBuilder({ page: a.page }).include('#two-tabs');
        const results = await (scheme === 'light' ? builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']) : builder.withRules(['color-contrast', 'link-in-text-block'])).analyze();
        expect(results.violations, `${scheme}: ${JSON.stringify(results.violations.map((v) => [v.id, v.nodes.map((n) => n.target)]))}`).toEqual([]);
      }
    });
  });
}

test('two tabs that load at the same moment still connect, whatever roles they draw', async ({ context }) => {
  for (let round = 0; round < 3; round++) {
    const room = newRoom();
    const [a, b] = await Promise.all([context.newPage(), context.newPage()]);
    const url = `/en/two-tabs/#two-tabs?room=${room}`;
    await Promise.all([a.goto(url), b.goto(url)]);
    const tabs = [new LabTab(a, 'en'), new LabTab(b, 'en')];
    for (const tab of tabs) await tab.expectConnected();
    await tabs[0]!.say(`round ${round}`);
    await expect(tabs[1]!.chatLines().filter({ hasText: `round ${round}` })).toHaveCount(1);
    await a.close();
    await b.close();
  }
});

for (const lang of ['en', 'ja'] as const) {
  test(`relay only, with the local coturn in both tabs, connects over a relay pair (${lang})`, async ({ context }) => {
    const room = newRoom();
    const a = await LabTab.open(context, lang, room);
    await a.useRelayOnly();
    const b = await LabTab.open(context, lang, room);
    // b pairs with its default settings (host candidates), which a relay on
    // 127.0.0.1 cannot reach; switch it to relay only too, and rejoin.
    await expect(b.status).toHaveAttribute('data-phase', 'paired');
    await b.useRelayOnly();
    await b.root.getByRole('button', { name: t[lang]('settings.apply') }).click();
    await expect(b.root.locator('.lb-current')).toHaveAttribute('data-mode', 'relay', { timeout: 10_000 });
    await expect(a.root.locator('.lb-current')).toHaveAttribute('data-mode', 'relay');
    await a.expectConnected(20_000);
    await b.expectConnected(20_000);
    for (const tab of [a, b]) {
      await expect(tab.selectedPair()).toHaveAttribute('data-local-type', 'relay', { timeout: 10_000 });
      await expect(tab.selectedPair()).toHaveAttribute('data-remote-type', 'relay');
      await expect(tab.root.locator('.lb-why li[data-reason="path-relay"]')).toBeVisible();
    }
    await a.say('through the relay');
    await expect(b.chatLines().filter({ hasText: 'through the relay' })).toHaveCount(1);
  });
}

test('Restart ICE renegotiates with new credentials and the tabs stay connected', async ({ context }) => {
  const room = newRoom();
  const a = await LabTab.open(context, 'en', room);
  const b = await LabTab.open(context, 'en', room);
  await a.expectConnected();
  const offers = a.root.locator('.lb-seq li[data-type="offer"], .lb-seq li[data-type="answer"]');
  const before = await offers.count();
  await b.root.getByRole('button', { name: t.en('restart') }).click();
  await expect(b.root.locator('.lb-seq li[data-note="ice-restart"]')).toHaveCount(1);
  // The other tab's new offer, and this tab's answer.
  await expect(offers).toHaveCount(before + 2);
  const ufrags = await a.root.locator('.lb-seq li[data-type="offer"] .lb-summary, .lb-seq li[data-type="answer"] .lb-summary').allTextContents();
  expect(new Set(ufrags.map((t) => /ice-ufrag (\S+),/.exec(t)?.[1])).size).toBe(ufrags.length);
  await expect(a.root.locator('.lb-timeline tr[data-machine="gathering"][data-state="complete"]')).toHaveCount(2);
  await b.say('after restart');
  await expect(a.chatLines().filter({ hasText: 'after restart' })).toHaveCount(1);
  await a.expectConnected();
});

test('Restart ICE pressed in both tabs at once: perfect negotiation settles the crossing offers', async ({ context }) => {
  const room = newRoom();
  const a = await LabTab.open(context, 'en', room);
  const b = await LabTab.open(context, 'en', room);
  await a.expectConnected();
  await b.expectConnected();
  const press = (tab: LabTab) => tab.page.evaluate((name) => {
    [...document.querySelectorAll<HTMLButtonElement>('#two-tabs button')].find((button) => button.textContent === name)?.click();
  }, t.en('restart'));
  await Promise.all([press(a), press(b)]);
  // Both tabs gathered again (the polite one may gather twice: for its own
  // offer before the rollback, and for its answer).
  for (const tab of [a, b]) {
    const completed = tab.root.locator('.lb-timeline tr[data-machine="gathering"][data-state="complete"]');
    await expect.poll(() => completed.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  }
  // When the offers crossed, the polite tab rolled back and the impolite one ignored the other's offer.
  const notes = await Promise.all([a, b].map((tab) => tab.root.locator('.lb-seq li[data-note="negotiation"]').allTextContents()));
  const crossed = notes.flat();
  if (crossed.length > 0) {
    expect(crossed.filter((t) => t.includes('rolled back'))).toHaveLength(1);
    expect(crossed.filter((t) => t.includes('ignored the other tab'))).toHaveLength(1);
  }
  await a.say('after both restarts');
  await expect(b.chatLines().filter({ hasText: 'after both restarts' })).toHaveCount(1);
  await a.expectConnected();
  await b.expectConnected();
});

test('relay only without a TURN server says why nothing connects', async ({ context }) => {
  const room = newRoom();
  const a = await LabTab.open(context, 'en', room);
  await a.root.getByLabel(t.en('mode.relay')).check();
  await LabTab.open(context, 'en', room);
  const failure = a.root.locator('.lb-failure');
  await expect(failure).toHaveAttribute('data-diagnosis', 'relay-without-turn', { timeout: 10_000 });
  await expect(failure.getByRole('link')).toHaveAttribute('href', '#forcing');
});

for (const lang of ['en', 'ja'] as const) {
  test(`without BroadcastChannel the lab says so (${lang})`, async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
    });
    const tab = new LabTab(page, lang);
    await tab.goto(newRoom());
    const alert = tab.root.locator('[data-problem="broadcast-channel"]');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(t[lang]('unsupported.broadcast-channel'));
    await expect(tab.root.getByRole('button', { name: t[lang]('open') })).toBeDisabled();
  });
}

test('without RTCPeerConnection the lab says so', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { RTCPeerConnection?: unknown }).RTCPeerConnection;
  });
  const tab = new LabTab(page, 'en');
  await tab.goto(newRoom());
  await expect(tab.root.locator('[data-problem="peer-connection"]')).toContainText(t.en('unsupported.peer-connection'));
});

test('a link with a malformed room id explains the problem and offers a new room', async ({ page }) => {
  const tab = new LabTab(page, 'en');
  await tab.goto('NOT-A-ROOM');
  const alert = tab.root.locator('[data-problem="bad-link"]');
  await expect(alert).toContainText('NOT-A-ROOM');
  await alert.getByRole('button', { name: t.en('newRoom') }).click();
  await expect(tab.status).toHaveText(/^In room [a-z0-9]{10}: waiting/);
});

test('nothing happens before the reader acts: no room, no signaling, no peer connection', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __made: string[]; RTCPeerConnection: typeof RTCPeerConnection; BroadcastChannel: typeof BroadcastChannel };
    w.__made = [];
    const PC = w.RTCPeerConnection;
    const BC = w.BroadcastChannel;
    w.RTCPeerConnection = class extends PC {
      constructor(config?: RTCConfiguration) {
        super(config);
        w.__made.push('pc');
      }
    };
    w.BroadcastChannel = class extends BC {
      constructor(name: string) {
        super(name);
        w.__made.push(`bc:${name}`);
      }
    };
  });
  const tab = new LabTab(page, 'en');
  await tab.goto(null);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __made: string[] }).__made)).toEqual([]);
  await expect(tab.status).toHaveText(t.en('status.idle'));
});

test.describe('relay only through a coturn that refuses loopback peers', () => {
  // Its own coturn, started without allow-loopback-peers: relayed candidates on
  // 127.0.0.1 exist, but the server refuses to relay to a peer on 127.0.0.1.
  let refusing: Coturn;
  test.beforeAll(async () => {
    refusing = await startCoturn({ allowLoopbackPeers: false });
  });
  test.afterAll(async () => {
    await refusing.stop();
  });

  for (const lang of ['en', 'ja'] as const) {
    test(`says every pair failed its checks, names the pairs the candidates make, and why the table is empty (${lang})`, async ({ context }) => {
      test.setTimeout(90_000);
      const turn = { url: `turn:127.0.0.1:${refusing.port}?transport=udp`, username: refusing.username, password: refusing.password };
      const room = newRoom();
      const a = await LabTab.open(context, lang, room);
      await a.useRelayOnly(turn);
      const b = await LabTab.open(context, lang, room);
      await expect(b.status).toHaveAttribute('data-phase', 'paired');
      await b.useRelayOnly(turn);
      await b.root.getByRole('button', { name: t[lang]('settings.apply') }).click();
      await expect(b.root.locator('.lb-current')).toHaveAttribute('data-mode', 'relay', { timeout: 10_000 });
      await expect(a.root.locator('.lb-current')).toHaveAttribute('data-mode', 'relay');

      for (const tab of [a, b]) {
        await expect(tab.status).toHaveText(t[lang]('status.failed'), { timeout: 60_000 });
        const failure = tab.root.locator('.lb-failure');
        // Chromium drops the relay pair within a millisecond of the refused permission
        // (ICE checking → disconnected in 0.6 ms here), before any getStats() can see it:
        // the diagnosis lists the pairs the candidates make, and the table says why it is empty.
        await expect(failure).toHaveAttribute('data-diagnosis', 'checks-failed-unseen');
        await expect(failure).toContainText(t[lang]('failure.checks-failed-unseen', { pairs: 1, tried: 'relay→relay ×1' }));
        await expect(failure.locator('li[data-finding="relay-loopback-peer"]')).toHaveText(t[lang]('finding.relay-loopback-peer', { address: '127.0.0.1' }));
        await expect(failure).not.toContainText(t[lang]('failure.dtls-failed'));
        await expect(tab.root.locator('.lb-pairs [data-empty="failed"]')).toHaveText(t[lang]('pairs.empty.failed'));
        await expect(tab.root.locator('.lb-timeline tr[data-machine="ice"][data-state="connected"]')).toHaveCount(0);
        await expect(tab.root.locator('.lb-timeline tr[data-machine="dtls"][data-state="connected"]')).toHaveCount(0);
      }
      // Status and diagnosis stay put over later stats readings.
      await a.page.waitForTimeout(2500);
      await expect(a.status).toHaveText(t[lang]('status.failed'));
      const results = await new AxeBuilder({ page: a.page }).include('#two-tabs').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations).toEqual([]);
    });
  }
});

test('a room link hydrates the lab at once; without one it waits for the reader, even on screen (client:interact)', async ({ context }) => {
  const plain = await context.newPage();
  await plain.goto('/en/two-tabs/');
  await plain.locator('#two-tabs').scrollIntoViewIfNeeded();
  const linked = await context.newPage();
  await linked.goto(`/en/two-tabs/#two-tabs?room=${newRoom()}`);
  await expect(linked.locator('#two-tabs')).toHaveAttribute('data-phase', 'waiting');
  await expect(linked.locator('astro-island:has(#two-tabs)')).not.toHaveAttribute('ssr', /.*/);
  // Loaded first and scrolled to, yet still the server's HTML: the lab
  // did not hydrate without the link (so the link is what did it above) —
  // on screen is not enough, the reader has not reached for it.
  await expect(plain.locator('astro-island:has(#two-tabs)')).toHaveAttribute('ssr', '');
  await expect(plain.locator('#two-tabs')).not.toHaveAttribute('data-ready', 'true');
});
