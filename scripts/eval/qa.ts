/**
 * `npm run eval -- qa <product_qa.jsonl> --out pred.jsonl [--path light|model] [--models DIR]`
 *
 * Ranks each question's evidence candidates with the engine's Q&A code, decides whether the
 * candidates support an answer, drafts that answer, and scores P@1, MRR, nDCG@5 (graded) and
 * answerability accuracy. The model path loads the manifest's embedding model from --models
 * (default: the generated test models in models/test/, which are NOT real weights).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeQuestion } from '../../workers/qa/analyze-question.ts';
import { answerFromEvidence } from '../../workers/qa/answer-from-evidence.ts';
import type { Evidence, EvidenceKind } from '../../workers/qa/evidence.ts';
import { rankEvidence, type TextEmbedder } from '../../workers/qa/rank-evidence.ts';
import { Embedder } from '../../workers/runtime/embedder.ts';
import type { ModelManifest } from '../../workers/runtime/manifest.ts';
import { configureTransformers } from '../../workers/runtime/transformers-env.ts';
import { readJsonl, writeJsonl, type EvalOptions } from './eval-args.ts';
import { scoreQa } from './eval-qa-metrics.ts';

interface QaRecord {
  id: string;
  asin?: string;
  question: string;
  product_title?: string | null;
  evidence: { text: string; source_type: string; label: number }[];
}

/** The dataset's source types as Aisle's evidence kinds (bullets and on-site publications are seller text). */
const kindOf: Record<string, EvidenceKind> = { attribute: 'spec', bullet: 'description', description: 'description', osp: 'description', review: 'review', cqa: 'qa' };

async function loadEmbedder(modelsDir: string): Promise<TextEmbedder> {
  const dir = modelsDir.endsWith('/') ? modelsDir : `${modelsDir}/`;
  const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as ModelManifest;
  const entry = manifest.models.embeddings;
  if (!entry) throw new Error(`${dir}manifest.json has no embeddings model`);
  configureTransformers({ modelHost: dir, manifest });
  return Embedder.load(entry);
}

/** Runs the Q&A eval over one input file and returns its metrics. */
export async function run(options: EvalOptions): Promise<Record<string, unknown>> {
  if (!options.input) throw new Error('eval qa: give an input .jsonl file');
  const records = readJsonl<QaRecord>(options.input);
  const modelsDir = options.extra.models ?? fileURLToPath(new URL('../../models/test/', import.meta.url));
  const embedder = options.path === 'model' ? await loadEmbedder(modelsDir) : undefined;
  const predictions = [];
  const scored = [];
  const started = performance.now();
  for (const record of records) {
    const candidates: Evidence[] = record.evidence.map((e) => ({ kind: kindOf[e.source_type] ?? 'description', text: e.text }));
    const question = analyzeQuestion(record.question, record.product_title ?? '');
    const ranked = await rankEvidence(question, candidates, embedder);
    const answer = answerFromEvidence(record.asin ?? record.id, question, candidates, ranked);
    predictions.push({ id: record.id, ranking: ranked.order, answerable: answer.answerable, answer: answer.answerable ? answer.text : null });
    scored.push({ labels: record.evidence.map((e) => e.label), ranking: ranked.order, answerable: answer.answerable });
  }
  writeJsonl(options.out, predictions);
  const ms = performance.now() - started;
  return { task: 'qa', path: options.path, model: embedder ? modelsDir : null, ...scoreQa(scored), ms_per_question: Number((ms / Math.max(records.length, 1)).toFixed(2)) };
}
