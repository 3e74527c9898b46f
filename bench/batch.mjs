// Benchmark (not a test): `saraban batch` of the built CLI with the KBO program on 100 rows,
// 878 rows (one per district of Thailand: synthetic but plausible names, per province, in the
// real per-province counts' total) and 5,000 rows. Prints wall time, letters per second and the
// peak memory of the whole process (the parent and its worker threads share it), measured by
// /usr/bin/time -v when present, else by the CLI's own process.resourceUsage() summary.
//
//   npm run build && node bench/batch.mjs                 # 100, 878, 5000 rows; pdf,docx
//   node bench/batch.mjs 100 878 --format docx --concurrency 2
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli.js');
if (!existsSync(cli) || !existsSync(join(root, 'dist/batch-worker.js'))) {
  console.error('bench/batch.mjs: build first (npm run build)');
  process.exit(1);
}

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args.splice(at, 2)[1];
};
const format = option('format', 'pdf,docx');
const concurrency = Number(option('concurrency', String(availableParallelism())));
const sizes = args.length > 0 ? args.map(Number) : [100, 878, 5000];

const PREFIXES = ['บาง', 'หนอง', 'โพธิ์', 'ท่า', 'วัง', 'ดอน', 'คลอง', 'บ้าน', 'นา', 'ลาด', 'ศรี', 'สาม', 'ห้วย', 'เขา', 'พระ'];
const SUFFIXES = ['น้ำเปรี้ยว', 'ปะกง', 'คล้า', 'ใหญ่', 'ทอง', 'แดง', 'ยาว', 'เหนือ', 'ใต้', 'โพธิ์', 'สะแก', 'ขาม', 'ไผ่', 'บัว', 'ทราย', 'แก้ว', 'หลวง', 'กลาง', 'ตะเคียน', 'มะม่วง'];

/** 878 districts (อำเภอ, incl. the 50 เขต of Bangkok), spread over the 77 provinces: อำเภอเมือง first. */
function districts(count) {
  const provinces = JSON.parse(readFileSync(join(root, 'src/model/data/provinces.json'), 'utf8')).provinces.map((p) => p.nameTh);
  const rows = [];
  const used = new Set();
  for (let i = 0; rows.length < count; i++) {
    const province = provinces[i % provinces.length];
    const nth = Math.floor(i / provinces.length);
    let district = nth === 0 ? `เมือง${province}` : `${PREFIXES[(i * 7) % PREFIXES.length]}${SUFFIXES[(i * 3 + nth) % SUFFIXES.length]}`;
    for (let n = 2; used.has(`${province}/${district}`); n++) district = `${district.replace(/\d+$/u, '')}${n}`;
    used.add(`${province}/${district}`);
    rows.push({ province, district });
  }
  return rows;
}

const csvField = (v) => (/[",\n]/u.test(v) ? `"${v.replace(/"/gu, '""')}"` : v);
function csv(count) {
  // จังหวัด and อำเภอ are labels (KBO's payload has its own `province`): used only in --name.
  const lines = ['จังหวัด,อำเภอ,letter.addressee,minGroupsPerDistrict'];
  districts(count).forEach(({ province, district }, i) => {
    lines.push([province, district, `นายอำเภอ${district}`, String(3 + (i % 3))].map(csvField).join(','));
  });
  return `${lines.join('\n')}\n`;
}

const work = mkdtempSync(join(tmpdir(), 'saraban-bench-'));
const base = JSON.parse(readFileSync(join(root, 'examples/programs/kbo.json'), 'utf8'));
delete base.base.addressee;
writeFileSync(join(work, 'base.json'), JSON.stringify(base));
const useTime = existsSync('/usr/bin/time');
console.log(`saraban batch, program kbo, --format ${format}, --concurrency ${concurrency}, ${availableParallelism()} CPUs, Node ${process.version}`);
console.log('rows    wall s   letters/s   peak RSS MB   exit');
for (const size of sizes) {
  writeFileSync(join(work, `rows-${size}.csv`), csv(size));
  const out = join(work, `out-${size}`);
  const command = [cli, 'batch', '--base', 'base.json', '--rows', `rows-${size}.csv`, '-o', out, '--name', '{{จังหวัด}}-{{อำเภอ}}', '--format', format, '--concurrency', String(concurrency), '--quiet'];
  const started = performance.now();
  const run = useTime
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...command], { cwd: work, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(process.execPath, command, { cwd: work, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const timeRss = /Maximum resident set size \(kbytes\): (\d+)/u.exec(run.stderr);
  const cliRss = /peak memory (\d+) MB/u.exec(run.stderr);
  const rssMb = timeRss ? Number(timeRss[1]) / 1024 : Number(cliRss?.[1] ?? NaN);
  if (!existsSync(join(out, 'report.json'))) {
    console.log(`${size}: the batch did not finish (exit ${run.status}, signal ${run.signal})\n${run.stderr.slice(-2000)}`);
    continue;
  }
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  console.log(
    `${String(size).padEnd(8)}${seconds.toFixed(1).padStart(6)}   ${(report.written / seconds).toFixed(1).padStart(9)}   ${rssMb.toFixed(0).padStart(11)}   ${run.status}` +
      (report.failed > 0 ? `  (${report.failed} rows failed: ${report.failures[0].diagnostics[0].code})` : ''),
  );
  rmSync(out, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });
