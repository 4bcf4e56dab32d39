/**
 * The evidence half of `eval crosslang`: Chinese questions about English products (hand translations
 * of ePQA questions, joined by id with their English evidence in --evidence <epqa.jsonl>), ranked by
 * the engine's Q&A code on each cross-language method; P@1 / MRR / nDCG@5 as the `qa` eval scores them.
 */
import { specEvidenceText } from './spec-evidence.ts';
import { analyzeQuestion } from '../../workers/qa/analyze-question.ts';
import type { Evidence, EvidenceKind } from '../../workers/protocol/answer.ts';
import { rankEvidence } from '../../workers/qa/rank-evidence.ts';
import type { RankingModels } from '../../workers/qa/qa-types.ts';
import { Embedder } from '../../workers/runtime/embedder.ts';
import type { ModelManifest } from '../../workers/protocol/models.ts';
import { configureTransformers } from '../../workers/runtime/transformers-env.ts';
import { loadMarianTranslator } from '../../workers/translate/marian-translator.ts';
import type { TranslationModelEntry } from '../../workers/translate/translate-types.ts';
import { readJsonl } from './eval-args.ts';
import { scoreQa } from './eval-qa-metrics.ts';

interface Question {
  id: string;
  question: string;
  en: string;
}

interface EpqaRecord {
  id: string;
  product_title?: string | null;
  evidence: { text: string; source_type: string; label: number }[];
}

const kindOf: Record<string, EvidenceKind> = { attribute: 'spec', bullet: 'description', description: 'description', osp: 'description', review: 'review', cqa: 'qa' };

/** Scores glossary / embeddings / translate / reference on the questions; returns metrics per method. */
export async function evidenceMethods(questionsFile: string, evidenceFile: string, modelHost: string, manifest: ModelManifest) {
  const questions = readJsonl<Question>(questionsFile);
  const records = new Map(readJsonl<EpqaRecord>(evidenceFile).map((r) => [r.id, r]));
  configureTransformers({ modelHost, manifest });
  const embedder = await Embedder.load(manifest.models.embeddings!);
  const translator = await loadMarianTranslator(manifest.models['translation-zh-en'] as TranslationModelEntry, 'cpu');
  const translations = await translator.translate(questions.map((q) => q.question));
  await translator.dispose();
  const methods: Record<string, { text: (q: Question, i: number) => string; models: RankingModels }> = {
    glossary: { text: (q) => q.question, models: {} },
    embeddings: { text: (q) => q.question, models: { embedder } },
    translate: { text: (_, i) => translations[i], models: { embedder } },
    reference: { text: (q) => q.en, models: { embedder } },
  };
  const scores: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(methods)) {
    const scored = [];
    for (const [i, q] of questions.entries()) {
      const record = records.get(q.id);
      if (!record) throw new Error(`eval crosslang: no evidence for ${q.id} in ${evidenceFile}`);
      const candidates: Evidence[] = record.evidence.map((e) => ({ kind: kindOf[e.source_type] ?? 'description', text: specEvidenceText(e.text) }));
      const ranked = await rankEvidence(analyzeQuestion(method.text(q, i), record.product_title ?? ''), candidates, method.models);
      scored.push({ labels: record.evidence.map((e) => e.label), ranking: ranked.order, answerable: true });
    }
    const m = scoreQa(scored);
    scores[name] = { n: m.n, p_at_1: m.p_at_1, mrr: m.mrr, ndcg_at_5: m.ndcg_at_5 };
  }
  return { n: questions.length, methods: scores, translations: Object.fromEntries(questions.map((q, i) => [q.id, translations[i]])) };
}
