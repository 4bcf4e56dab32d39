const reviewQuestion = /\b(reviews?|customers? (say|think)|what do (people|customers|buyers|users) (say|think)|pros and cons|ratings?)\b|评价|评论|口碑|买家怎么说|优缺点/i;

/** True when a message asks what customers say about the product, rather than a specific fact. */
export function asksForReviews(message: string): boolean {
  return reviewQuestion.test(message);
}
