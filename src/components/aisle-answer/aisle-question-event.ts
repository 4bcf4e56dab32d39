/** Raised when the shopper picks a suggested question in <aisle-answer>. Type `aisle-question`; `question` is its text. */
export class AisleQuestionEvent extends Event {
  static readonly type = 'aisle-question';
  constructor(readonly question: string) {
    super(AisleQuestionEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'aisle-question': AisleQuestionEvent;
  }
}
