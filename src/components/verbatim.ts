/**
 * The attributes of every field whose text is taken literally: server URLs,
 * usernames, realms, passwords and shared secrets, addresses and ports,
 * candidate lines, hex, pasted invitation codes and dumps. No spell check
 * (red squiggles under every URL), no capital letter or correction from a
 * phone's keyboard ("alice" must not reach coturn as "Alice"), no autofill
 * from the reader's saved forms. Spread it on the field:
 *
 * ```svelte
 * <input {...verbatim} id={`${id}-user`} type="text" bind:value={model.user} />
 * ```
 *
 * The chat line of the two-tab lab is prose and does not use it.
 */
export const verbatim = { spellcheck: 'false', autocapitalize: 'off', autocorrect: 'off', autocomplete: 'off' } as const;
