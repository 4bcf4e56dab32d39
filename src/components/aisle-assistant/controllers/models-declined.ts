// The shopper's "Not now" to the model download, kept for the session (tab) in sessionStorage.

const declineKey = 'aisle-models-declined';

/** Whether the shopper declined the model download earlier in this session (tab). */
function declinedThisSession(): boolean {
  try {
    return sessionStorage.getItem(declineKey) === '1';
  } catch {
    return false; // storage blocked: ask again on the next page
  }
}

/** Remembers (or forgets) the shopper's "Not now" for the rest of the session. */
function rememberDecline(declined: boolean): void {
  try {
    if (declined) sessionStorage.setItem(declineKey, '1');
    else sessionStorage.removeItem(declineKey);
  } catch {
    // storage blocked: the choice holds for this page only
  }
}

/**
 * The shopper's answer as the element holds it: read from sessionStorage when first needed (the
 * download prompt), not when the element is made, since a page's first sessionStorage access is a
 * synchronous load of the tab's storage area (conversation-store.ts); written through when it changes.
 */
export class ModelsDeclined {
  private value?: boolean;

  get declined(): boolean {
    return (this.value ??= declinedThisSession());
  }

  set declined(declined: boolean) {
    if (declined === this.value) return;
    this.value = declined;
    rememberDecline(declined);
  }
}
