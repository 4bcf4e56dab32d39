import { createEngine } from './workers/engine.ts';
import { glossText } from './workers/translate/glossary-translate.ts';
import { testManifest, testModelsDir, demoCatalog } from './test/helpers/demo-catalog.ts';
const e = createEngine();
await e.configure({ modelHost: testModelsDir, manifest: testManifest(), models: false });
const phone = demoCatalog().find((p) => p.id === 'dj-121')!;
phone.reviews = [{ text: 'The battery lasts all day and the screen is great.', rating: 5 }, { text: 'Battery died after a year, but the camera is good.', rating: 3 }];
await e.load([phone]);
for (const q of ['这个手机的电池能用一天吗？', '这个手机的屏幕大吗？', '这个手机是什么品牌？', '这个手机有相机吗？']) { const a = await e.ask('dj-121', q); console.log(q, JSON.stringify(await e.route(q, { productId: 'dj-121' })).slice(0, 40), a.text, '|', a.evidence.map((x) => glossText(x.text, 'zh')).join(' / ')); }
