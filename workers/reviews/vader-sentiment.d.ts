/** Types for vader-sentiment 1.1.3 (the VADER authors' JavaScript port; ships no types). */
declare module 'vader-sentiment' {
  /** VADER's scores: shares of negative / neutral / positive text and the normalised compound in [-1, 1]. */
  export interface VaderScores {
    neg: number;
    neu: number;
    pos: number;
    compound: number;
  }
  const vader: {
    SentimentIntensityAnalyzer: { polarity_scores(text: string): VaderScores };
  };
  export default vader;
}
