/**
 * `npm run eval -- qa <product_qa.jsonl> --out pred.jsonl [--path light|model] [--models DIR] [--reranker off]`
 * `npm run eval -- qa <a.jsonl> [<b.jsonl> …] --folds k [--tune-seller on]`: cross-validates the support (abstention)
 * rule over the files (eval-qa-folds.ts) instead of scoring the production rule.
 *
 * Ranks each question's evidence candidates with the engine's Q&A code, decides whether the
 * candidates support an answer, drafts that answer, and scores P@1, MRR, nDCG@5 (graded) and
 * answerability accuracy. The model path loads the manifest's embedding model and, unless
 * `--reranker off`, its cross-encoder reranker from --models (default: the generated test models
 * in models/test/, which are NOT real weights).
 */
import { specEvidenceText } from './spec-evidence.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeQuestion } from '../../workers/qa/analyze-question.ts';
import { answerFromEvidence } from '../../workers/qa/answer-from-evidence.ts';
import { crossValidate, ruleGrid, type FoldItem } from './eval-qa-folds.ts';
import type { Evidence, EvidenceKind } from '../../workers/protocol/answer.ts';
import { CrossEncoder } from '../../workers/qa/cross-encoder.ts';
import { rankEvidence } from '../../workers/qa/rank-evidence.ts';
import type { RankingModels } from '../../workers/qa/qa-types.ts';
import { Embedder } from '../../workers/runtime/embedder.ts';
import type { ModelManifest } from '../../workers/protocol/models.ts';
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

async function loadModels(modelsDir: string, withReranker: boolean): Promise<RankingModels> {
  const dir = modelsDir.endsWith('/') ? modelsDir : `${modelsDir}/`;
  const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as ModelManifest;
  const { embeddings, reranking: reranker } = manifest.models;
  if (!embeddings) throw new Error(`${dir}manifest.json has no embeddings model`);
  configureTransformers({ modelHost: dir, manifest });
  return {
    embedder: await Embedder.load(embeddings),
    reranker: withReranker && reranker ? await CrossEncoder.load(reranker) : undefined,
  };
}

/** Scores every rule of the grid on every question of the files, then cross-validates the choice. */
async function runFolds(options: EvalOptions, models: RankingModels, k: number): Promise<Record<string, unknown>> {
  if (!Number.isInteger(k) || k < 2) throw new Error('eval qa: --folds needs an integer of at least 2');
  const grid = ruleGrid(options.extra['tune-seller'] === 'on');
  const items: FoldItem[] = [];
  const inputs = options.inputs?.length ? options.inputs : [options.input!];
  for (const file of inputs) {
    const name = file.split('/').pop()!;
    for (const record of readJsonl<QaRecord>(file)) {
      if (!record.evidence.length) continue;
      const candidates: Evidence[] = record.evidence.map((e) => ({ kind: kindOf[e.source_type] ?? 'description', text: specEvidenceText(e.text) }));
      const question = analyzeQuestion(record.question, record.product_title ?? '');
      const ranked = await rankEvidence(question, candidates, models);
      const answered = grid.map((rule) => answerFromEvidence(record.asin ?? record.id, question, candidates, ranked, 0, rule).answerable);
      items.push({ file: name, group: record.asin ?? record.id, gold: record.evidence.some((e) => e.label >= 1), answered });
    }
  }
  return { task: 'qa', path: options.path, files: inputs, ...crossValidate(items, grid, k) };
}

/** Runs the Q&A eval over one input file and returns its metrics. */
export async function run(options: EvalOptions): Promise<Record<string, unknown>> {
  if (!options.input) throw new Error('eval qa: give an input .jsonl file');
  const modelsDir = options.extra.models ?? fileURLToPath(new URL('../../models/test/', import.meta.url));
  const models = options.path === 'model' ? await loadModels(modelsDir, options.extra.reranker !== 'off') : {};
  if (options.extra.folds) return runFolds(options, models, Number(options.extra.folds));
  const records = readJsonl<QaRecord>(options.input);
  const predictions = [];
  const scored = [];
  const started = performance.now();
  for (const record of records) {
    const candidates: Evidence[] = record.evidence.map((e) => ({ kind: kindOf[e.source_type] ?? 'description', text: specEvidenceText(e.text) }));
    const question = analyzeQuestion(record.question, record.product_title ?? '');
    const ranked = await rankEvidence(question, candidates, models);
    const answer = answerFromEvidence(record.asin ?? record.id, question, candidates, ranked);
    predictions.push({ id: record.id, ranking: ranked.order, answerable: answer.answerable, answer: answer.answerable ? answer.text : null });
    scored.push({ labels: record.evidence.map((e) => e.label), ranking: ranked.order, answerable: answer.answerable });
  }
  writeJsonl(options.out, predictions);
  const ms = performance.now() - started;
  return { task: 'qa', path: options.path, models: options.path === 'model' ? { dir: modelsDir, embeddings: true, reranker: !!models.reranker } : null, ...scoreQa(scored), ms_per_question: Number((ms / Math.max(records.length, 1)).toFixed(2)) };
}
