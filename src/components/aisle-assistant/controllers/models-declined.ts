// The shopper's "Not now" to the model download, kept for the session (tab) in sessionStorage.

const declineKey = 'aisle-models-declined';

/** Whether the shopper declined the model download earlier in this session (tab). */
export function declinedThisSession(): boolean {
  try {
    return sessionStorage.getItem(declineKey) === '1';
  } catch {
    return false; // storage blocked: ask again on the next page
  }
}

/** Remembers (or forgets) the shopper's "Not now" for the rest of the session. */
export function rememberDecline(declined: boolean): void {
  try {
    if (declined) sessionStorage.setItem(declineKey, '1');
    else sessionStorage.removeItem(declineKey);
  } catch {
    // storage blocked: the choice holds for this page only
  }
}
